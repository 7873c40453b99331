package dev.podium.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndexSnapshotRepository extends JpaRepository<IndexSnapshot, Long> {
}
