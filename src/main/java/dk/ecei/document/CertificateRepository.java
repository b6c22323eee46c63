package dk.ecei.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByNumber(String number);

    Optional<Certificate> findByLabelId(Long labelId);

    List<Certificate> findByClusterIdOrderByValidFromDesc(Long clusterId);

    @Query("select c.labelId from Certificate c")
    List<Long> labelIds();
}
