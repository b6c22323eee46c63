package dk.ecei.cluster;

import org.springframework.data.domain.Sort;

/** The orders the cluster register can be read in; the id breaks ties so that pages never overlap. */
public enum ClusterSort {
    NAME(Sort.by("name", "id")),
    REGION(Sort.by(Sort.Order.asc("region").nullsLast(), Sort.Order.asc("name"), Sort.Order.asc("id"))),
    UPDATED(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id")));

    final Sort sort;

    ClusterSort(Sort sort) {
        this.sort = sort;
    }
}
