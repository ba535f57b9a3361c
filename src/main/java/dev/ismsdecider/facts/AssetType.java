package dev.ismsdecider.facts;

/** Kinds of OT assets the organisation operates. */
public enum AssetType {
    PLC, SCADA, DCS, SIS, HMI, HISTORIAN, ENGINEERING_WORKSTATION, ROBOT_CELL, OTHER
}
