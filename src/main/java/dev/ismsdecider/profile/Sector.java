package dev.ismsdecider.profile;

/** Industry sector of the organisation (contract v1). */
public enum Sector {
    PHARMACEUTICAL, MEDICAL_DEVICES, FOOD_AND_BEVERAGE, CHEMICALS, AUTOMOTIVE, AEROSPACE_DEFENSE,
    ENERGY_UTILITIES, DISCRETE_MANUFACTURING, OTHER
}
