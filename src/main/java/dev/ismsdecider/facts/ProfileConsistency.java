package dev.ismsdecider.facts;

import dev.ismsdecider.facts.OrganizationProfile.Ot;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts that cannot both be true. Each error names both JSON paths, so the user sees which two
 * statements disagree; nothing is resolved by guessing which one is right.
 */
final class ProfileConsistency {

    /** No OT asset in service is older than this; a larger age is a typo, not a fact. */
    static final int MAX_ASSET_AGE_YEARS = 100;

    private ProfileConsistency() {
    }

    static List<FactError> check(OrganizationProfile profile) {
        List<FactError> errors = new ArrayList<>();
        Ot ot = profile.ot();
        if (ot != null && ot.oldestAssetAgeYears() != null
                && (ot.oldestAssetAgeYears() < 0 || ot.oldestAssetAgeYears() > MAX_ASSET_AGE_YEARS)) {
            errors.add(new FactError("/ot/oldestAssetAgeYears",
                    "must be between 0 and " + MAX_ASSET_AGE_YEARS + " years, got " + ot.oldestAssetAgeYears()));
        }
        if (ot != null && Boolean.FALSE.equals(ot.present())) {
            checkNoOtWhereOtIsAbsent(profile, errors);
        }
        var organization = profile.organization();
        if (organization != null && Boolean.FALSE.equals(organization.regulated())
                && organization.regulatoryRegimes() != null && !organization.regulatoryRegimes().isEmpty()) {
            errors.add(new FactError("/organization/regulated", "is false, but /organization/regulatoryRegimes/0 names the regime '"
                    + organization.regulatoryRegimes().get(0) + "'"));
        }
        var certification = profile.certification();
        if (certification != null && Boolean.FALSE.equals(certification.iso27001Certified())) {
            if (Boolean.TRUE.equals(certification.iso27001ForMarketAccess())) {
                errors.add(new FactError("/certification/iso27001ForMarketAccess",
                        "is true, but /certification/iso27001Certified is false: a certificate not held cannot open markets"));
            }
            if (Boolean.TRUE.equals(certification.iso27001AsDifferentiator())) {
                errors.add(new FactError("/certification/iso27001AsDifferentiator",
                        "is true, but /certification/iso27001Certified is false: a certificate not held cannot set the organisation apart"));
            }
        }
        return errors;
    }

    private static void checkNoOtWhereOtIsAbsent(OrganizationProfile profile, List<FactError> errors) {
        String because = "is false, but ";
        Ot ot = profile.ot();
        if (profile.scope() != null && profile.scope().domains() != null) {
            List<Domain> domains = profile.scope().domains();
            for (int i = 0; i < domains.size(); i++) {
                if (domains.get(i).impliesOt()) {
                    errors.add(new FactError("/ot/present", because + "/scope/domains/" + i + " is " + domains.get(i) + ", an OT domain"));
                }
            }
        }
        if (profile.scope() != null && profile.scope().systems() != null) {
            List<SystemKind> systems = profile.scope().systems();
            for (int i = 0; i < systems.size(); i++) {
                if (systems.get(i).impliesOt()) {
                    errors.add(new FactError("/ot/present", because + "/scope/systems/" + i + " is " + systems.get(i) + ", a control system"));
                }
            }
        }
        if (ot.assetTypes() != null && !ot.assetTypes().isEmpty()) {
            errors.add(new FactError("/ot/present", because + "/ot/assetTypes lists OT assets (" + ot.assetTypes().get(0) + ")"));
        }
        if (ot.itOtInterfaces() != null && !ot.itOtInterfaces().isEmpty()) {
            errors.add(new FactError("/ot/present", because + "/ot/itOtInterfaces lists an IT/OT interface"));
        }
        if (Boolean.TRUE.equals(ot.brownfield())) {
            errors.add(new FactError("/ot/present", because + "/ot/brownfield is true"));
        }
        if (ot.oldestAssetAgeYears() != null) {
            errors.add(new FactError("/ot/present", because + "/ot/oldestAssetAgeYears gives an OT asset age"));
        }
    }
}
