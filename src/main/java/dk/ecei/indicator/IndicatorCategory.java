package dk.ecei.indicator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A group of indicators within one scheme of a catalogue version. */
@Entity
@Table(name = "indicator_category")
public class IndicatorCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scheme scheme;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_da", nullable = false)
    private String nameDa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    protected IndicatorCategory() {
    }

    IndicatorCategory(Scheme scheme, String code, String nameDa, String nameEn, int position, List<Indicator> indicators) {
        this.scheme = scheme;
        this.code = code;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.position = position;
        this.indicators = new ArrayList<>(indicators);
    }

    public Long getId() {
        return id;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public String getCode() {
        return code;
    }

    public String getNameDa() {
        return nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }
}
