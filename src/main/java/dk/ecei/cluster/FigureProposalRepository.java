package dk.ecei.cluster;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FigureProposalRepository extends JpaRepository<FigureProposal, Long> {

    List<FigureProposal> findByStatusOrderByProposedAtAscIdAsc(FigureProposal.Status status, Pageable page);

    List<FigureProposal> findByClusterIdOrderByProposedAtDescIdDesc(Long clusterId, Pageable page);

    boolean existsByClusterIdAndStatus(Long clusterId, FigureProposal.Status status);
}
