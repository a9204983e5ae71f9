#include "podbuffer.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

void *PodMemory::allocateHuge(size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    void *p = std::aligned_alloc(HugeUnit, bytes);
    if (p)
        (void)madvise(p, bytes, MADV_HUGEPAGE); // a hint; without it the block still works with small pages
    return p;
#else
    Q_UNUSED(bytes);
    return nullptr;
#endif
}
