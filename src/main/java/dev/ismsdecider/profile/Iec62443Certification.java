package dev.ismsdecider.profile;

/** IEC 62443 certifications the organisation or its products hold, by part of the series. */
public enum Iec62443Certification {
    IEC_62443_2_1, IEC_62443_2_4, IEC_62443_3_2, IEC_62443_3_3, IEC_62443_4_1, IEC_62443_4_2
}
