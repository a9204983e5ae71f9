// A growable array of trivially copyable values for the big columns. On Linux, large blocks are 2 MiB-aligned
// and ask for transparent huge pages: filling a few hundred MB then costs a few hundred page faults instead of
// ~10^5, which on the benchmark VM was a fifth of the run. Measured with tests/bench/run.sh.
#pragma once

#include <QtGlobal>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

namespace PodMemory {
/// Blocks at least this big are placed on 2 MiB boundaries, in whole 2 MiB units, so that every part of
/// them can be a transparent huge page (a 4 MiB malloc block straddles boundaries and gets only one).
constexpr size_t HugeThreshold = size_t(4) << 20;
constexpr size_t HugeUnit = size_t(2) << 20;
/// A HugeUnit-aligned block of `bytes` (a multiple of HugeUnit) marked for huge pages, or null where the
/// platform has no such allocator; release it with std::free.
void *allocateHuge(size_t bytes);
} // namespace PodMemory

template <typename T>
class PodBuffer
{
    static_assert(std::is_trivially_copyable_v<T>, "PodBuffer holds plain values only");

public:
    PodBuffer() = default;
    PodBuffer(const PodBuffer &o) { *this = o; }
    PodBuffer(PodBuffer &&o) noexcept
        : m_data(o.m_data)
        , m_size(o.m_size)
        , m_capacity(o.m_capacity)
    {
        o.m_data = nullptr;
        o.m_size = o.m_capacity = 0;
    }
    PodBuffer &operator=(const PodBuffer &o)
    {
        if (this != &o) {
            m_size = 0;
            reserve(o.m_size);
            if (o.m_size)
                std::memcpy(m_data, o.m_data, o.m_size * sizeof(T));
            m_size = o.m_size;
        }
        return *this;
    }
    PodBuffer &operator=(PodBuffer &&o) noexcept
    {
        if (this != &o) {
            std::free(m_data);
            m_data = o.m_data;
            m_size = o.m_size;
            m_capacity = o.m_capacity;
            o.m_data = nullptr;
            o.m_size = o.m_capacity = 0;
        }
        return *this;
    }
    ~PodBuffer() { std::free(m_data); }

    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }

    void reserve(size_t n)
    {
        if (n <= m_capacity)
            return;
        const size_t bytes = n * sizeof(T);
        if (bytes >= PodMemory::HugeThreshold) {
            const size_t rounded = (bytes + PodMemory::HugeUnit - 1) & ~(PodMemory::HugeUnit - 1);
            if (void *p = PodMemory::allocateHuge(rounded)) {
                if (m_size)
                    std::memcpy(p, static_cast<const void *>(m_data), m_size * sizeof(T));
                std::free(static_cast<void *>(m_data));
                m_data = static_cast<T *>(p);
                m_capacity = rounded / sizeof(T);
                return;
            }
        }
        void *p = std::realloc(static_cast<void *>(m_data), bytes);
        if (!p)
            throw std::bad_alloc();
        m_data = static_cast<T *>(p);
        m_capacity = n;
    }
    void resize(size_t n, const T &value = T())
    {
        reserve(n);
        for (size_t i = m_size; i < n; ++i)
            m_data[i] = value;
        m_size = n;
    }
    void push_back(const T &v)
    {
        if (Q_UNLIKELY(m_size == m_capacity))
            reserve(m_capacity < 64 ? 64 : m_capacity + m_capacity / 2);
        m_data[m_size++] = v;
    }
    /// Appends n values copied from src.
    void append(const T *src, size_t n)
    {
        if (Q_UNLIKELY(m_size + n > m_capacity)) {
            size_t cap = m_capacity < 64 ? 64 : m_capacity + m_capacity / 2;
            reserve(cap < m_size + n ? m_size + n : cap);
        }
        if (n)
            std::memcpy(m_data + m_size, src, n * sizeof(T));
        m_size += n;
    }
    void clear() { m_size = 0; }

private:
    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};
