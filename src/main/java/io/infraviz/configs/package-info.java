/**
 * From the lab to real servers: the configuration files (HAProxy, Nginx, MariaDB, ufw, keepalived)
 * that do what a design and its settings show, made from the model alone (no Swing, no files read).
 */
package io.infraviz.configs;
