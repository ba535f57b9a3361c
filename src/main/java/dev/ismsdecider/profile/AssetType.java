package dev.ismsdecider.profile;

/** Kinds of OT assets the organisation operates. */
public enum AssetType {
    PLC, SCADA, DCS, SIS, HMI, HISTORIAN, ENGINEERING_WORKSTATION, ROBOT_CELL, OTHER
}
