/**
 * Value types used by every module, and the infrastructure every node needs: the embedded MariaDB for the
 * zero-install run, and a cluster-wide lock for work that must run on one node only.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.podium.shared;
