package dk.ecei.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByNumber(String number);

    Optional<Certificate> findByLabelId(Long labelId);

    List<Certificate> findByClusterIdOrderByValidFromDesc(Long clusterId);

    /** Those of these labels that have a certificate (by the unique label index: the batch's rows, not the table's). */
    @Query("select c.labelId from Certificate c where c.labelId in :labelIds")
    List<Long> labelIdsAmong(java.util.Collection<Long> labelIds);
}
