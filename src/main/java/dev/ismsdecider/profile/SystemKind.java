package dev.ismsdecider.profile;

/** Systems inside the programme's scope. */
public enum SystemKind {
    ERP, MES, PLM, QMS, LIMS, HISTORIAN, SCADA, DCS, SIS, OTHER;

    /** Control systems that only exist where there is an industrial automation and control system. */
    public boolean impliesOt() {
        return this == SCADA || this == DCS || this == SIS;
    }
}
