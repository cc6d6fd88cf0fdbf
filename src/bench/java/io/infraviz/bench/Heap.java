package io.infraviz.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/** The live heap: what the heap pools hold right after a full collection. */
final class Heap {
    private Heap() {
    }

    /** Collects (a few times, to let finalisation and reference processing settle) and returns the heap in use, in MB. */
    static double liveMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long used = 0;
        boolean any = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) {
                continue;
            }
            MemoryUsage u = pool.getCollectionUsage();
            if (u != null) {
                used += u.getUsed();
                any = true;
            }
        }
        if (!any) {
            used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        return used / (1024.0 * 1024.0);
    }
}
