/**
 * The databases: the cluster's replication state, the replication flow that ships and applies the binlog,
 * promotion, and the routing of a query to the Primary or a Replica. Uses only world and the network.
 */
package io.infraviz.sim.db;
