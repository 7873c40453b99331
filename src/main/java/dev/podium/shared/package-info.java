/**
 * Value types used by every module, and the infrastructure every node needs: the embedded MariaDB for the
 * zero-install run, a cluster-wide lease for work that must run on one node only ({@code ClusterLock}, also around
 * Flyway's migration), the resubmission and clean-up of Spring Modulith's event publications with their health
 * indicator, and the migrations' adaptation to Galera.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.podium.shared;
