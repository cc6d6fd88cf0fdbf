/** What a stranger on the Internet sees and does: the eavesdropper and the attacker. */
package io.infraviz.sim.security;
