// A fast, fixed-seed hash for short byte strings (ids, names): qHashBits on Qt's generic x86-64 build
// costs several times more per call, and the join and the dictionaries hash every row.
#pragma once

#include <QByteArrayView>
#include <cstring>

namespace ByteHash {
#if defined(__SIZEOF_INT128__)
__extension__ typedef unsigned __int128 Wide;
#endif

inline quint64 mix(quint64 a, quint64 b)
{
#if defined(__SIZEOF_INT128__)
    // 64x64 -> 128-bit multiply folded, as in wyhash/komihash; good avalanche for a hash table index.
    const Wide r = Wide(a) * b;
    return quint64(r) ^ quint64(r >> 64);
#else
    quint64 x = (a ^ (a >> 32)) * b;
    return x ^ (x >> 29);
#endif
}

inline quint32 hash32(QByteArrayView v)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    size_t n = size_t(v.size());
    quint64 h = 0x9E3779B97F4A7C15ull ^ n;
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = mix(h ^ w, 0xBF58476D1CE4E5B9ull);
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    if (n)
        std::memcpy(&tail, p, n);
    h = mix(h ^ tail, 0x94D049BB133111EBull);
    h = mix(h, 0x2545F4914F6CDD1Dull);
    return quint32(h ^ (h >> 32));
}
} // namespace ByteHash
