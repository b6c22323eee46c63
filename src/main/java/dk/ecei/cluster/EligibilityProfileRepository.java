package dk.ecei.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityProfileRepository extends JpaRepository<EligibilityProfile, String> {
}
