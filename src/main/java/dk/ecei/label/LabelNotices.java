package dk.ecei.label;

import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying.Notice;
import java.util.List;

/** A label's end concerns its cluster's managers (on their cluster page) and support staff (on the cluster's page). */
final class LabelNotices {

    private LabelNotices() {
    }

    static List<Notice> toClusterAndSupportStaff(Long clusterId, Kind kind, String code, Object... arguments) {
        return List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, kind, code, "/my-cluster", arguments),
                Notice.toRole(Roles.SUPPORT_STAFF, null, kind, code, "/clusters/" + clusterId, arguments));
    }
}
