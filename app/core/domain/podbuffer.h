// A growable array of trivially copyable values for the big columns: realloc lets glibc grow a large block
// with mremap (no copy, no 2x peak), and on Linux large blocks ask for transparent huge pages, which cuts
// the page faults of filling a few hundred MB from ~10^5 to a few hundred. Measured in tests/bench.
#pragma once

#include <QtGlobal>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

namespace PodMemory {
/// Marks [p, p + bytes) for transparent huge pages where the OS supports it; a hint, never an error.
void adviseHuge(void *p, size_t bytes);
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
        void *p = std::realloc(static_cast<void *>(m_data), n * sizeof(T));
        if (!p)
            throw std::bad_alloc();
        m_data = static_cast<T *>(p);
        m_capacity = n;
        if (n * sizeof(T) >= (size_t(4) << 20))
            PodMemory::adviseHuge(m_data, n * sizeof(T));
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
