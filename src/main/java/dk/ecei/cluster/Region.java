package dk.ecei.cluster;

/** The five Danish regions. */
public enum Region {
    HOVEDSTADEN("Region Hovedstaden", "Capital Region of Denmark"),
    SJAELLAND("Region Sjælland", "Region Zealand"),
    SYDDANMARK("Region Syddanmark", "Region of Southern Denmark"),
    MIDTJYLLAND("Region Midtjylland", "Central Denmark Region"),
    NORDJYLLAND("Region Nordjylland", "North Denmark Region");

    private final String nameDa;
    private final String nameEn;

    Region(String nameDa, String nameEn) {
        this.nameDa = nameDa;
        this.nameEn = nameEn;
    }

    public String nameDa() {
        return nameDa;
    }

    public String nameEn() {
        return nameEn;
    }
}
