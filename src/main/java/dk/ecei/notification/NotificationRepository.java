package dk.ecei.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("""
            select n from Notification n
            where n.recipientUser = :username
               or (n.recipientRole in :roles and (n.clusterId is null or n.clusterId = :clusterId or :allClusters = true))
            order by n.createdAt desc, n.id desc""")
    List<Notification> visibleTo(@Param("username") String username, @Param("roles") Collection<String> roles,
            @Param("clusterId") Long clusterId, @Param("allClusters") boolean allClusters);
}
