package dk.ecei.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByNumber(String number);

    Optional<Certificate> findByLabelId(Long labelId);

    List<Certificate> findByClusterIdOrderByValidFromDesc(Long clusterId);
}
