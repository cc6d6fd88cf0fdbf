package io.infraviz.sim.db;

/**
 * One committed write in a Primary's binary log.
 *
 * @param seq      position in that Primary's log, from 0
 * @param record   which record was written
 * @param gtid     globally unique id of the write (the record's new value)
 * @param commitUs when the Primary committed it
 */
public record BinlogEntry(long seq, int record, long gtid, long commitUs) {
}
