package dev.ismsdecider.profile;

/** The roles IEC 62443 distinguishes; an organisation may hold several. */
public enum Iec62443Role {
    ASSET_OWNER,
    /** Integrator or maintenance provider (IEC 62443-2-4). */
    SERVICE_PROVIDER,
    /** Maker of components or systems (IEC 62443-4-1 and 4-2). */
    PRODUCT_SUPPLIER
}
