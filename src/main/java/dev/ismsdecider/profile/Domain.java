package dev.ismsdecider.profile;

/** What the security programme must cover. */
public enum Domain {
    PLANT_OT, SAFETY_SYSTEMS, ENGINEERING_TOOLING, IT_OT_BOUNDARY, CORPORATE_IT, CLOUD_SAAS, RND_DATA,
    ENTERPRISE_APPLICATIONS;

    /** Domains that only exist where there is an industrial automation and control system. */
    public boolean impliesOt() {
        return this == PLANT_OT || this == SAFETY_SYSTEMS || this == ENGINEERING_TOOLING || this == IT_OT_BOUNDARY;
    }
}
