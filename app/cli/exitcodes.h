// The CLI's exit codes, relied on by nightly scripts.
#pragma once

namespace ExitCode {
constexpr int Clean = 0; ///< reconciled, no discrepancy
constexpr int Failure = 1; ///< could not finish (I/O error writing outputs)
constexpr int BadInput = 2; ///< bad usage or unreadable/invalid input
constexpr int Discrepancies = 3; ///< reconciled, discrepancies found (a failed control total is one)
} // namespace ExitCode
