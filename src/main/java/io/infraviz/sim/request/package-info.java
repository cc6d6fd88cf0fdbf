/**
 * A request's path, hop by hop: the users' traffic, DNS, the entry and the load balancer, the web and
 * application servers, the database and the answer, with the totals it leaves behind.
 */
package io.infraviz.sim.request;
