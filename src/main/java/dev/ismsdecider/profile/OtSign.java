package dev.ismsdecider.profile;

import dev.ismsdecider.profile.OrganizationProfile.Ot;

import java.util.ArrayList;
import java.util.List;

/**
 * One input fact that shows an OT/IACS footprint, with its JSON pointer and value. {@link #of} is the one
 * list of such facts: SC-1 infers the footprint from it when {@code ot.present} is not stated, and the
 * consistency check reports each sign that contradicts {@code ot.present: false}.
 *
 * @param path               JSON pointer of the fact
 * @param value              the value found there
 * @param shows              what the fact says, as the rest of a sentence starting with its path ("is PLANT_OT, an OT domain")
 * @param contradictsAbsence whether the fact cannot stand beside {@code ot.present: false}. Only the service-provider
 *                           role can: an integrator or maintainer works on its customers' OT and may operate none of its own
 */
public record OtSign(String path, Object value, String shows, boolean contradictsAbsence) {

    /** Every sign of OT in the profile, in input order. */
    public static List<OtSign> of(OrganizationProfile profile) {
        List<OtSign> signs = new ArrayList<>();
        if (profile.scope() != null) {
            Indexed.forEach(profile.scope().domains(), (i, domain) -> {
                if (domain.impliesOt()) {
                    signs.add(new OtSign("/scope/domains/" + i, domain, "is " + domain + ", an OT domain", true));
                }
            });
            Indexed.forEach(profile.scope().systems(), (i, system) -> {
                if (system.impliesOt()) {
                    signs.add(new OtSign("/scope/systems/" + i, system, "is " + system + ", a control system", true));
                }
            });
        }
        if (profile.organization() != null) {
            Indexed.forEach(profile.organization().iec62443Roles(), (i, role) -> {
                if (role == Iec62443Role.ASSET_OWNER) {
                    signs.add(new OtSign("/organization/iec62443Roles/" + i, role, "is ASSET_OWNER: the organisation operates an IACS", true));
                } else if (role == Iec62443Role.SERVICE_PROVIDER) {
                    signs.add(new OtSign("/organization/iec62443Roles/" + i, role,
                            "is SERVICE_PROVIDER: the organisation integrates or maintains IACS", false));
                }
            });
        }
        Ot ot = profile.ot();
        if (ot != null) {
            if (ot.assetTypes() != null && !ot.assetTypes().isEmpty()) {
                signs.add(new OtSign("/ot/assetTypes", ot.assetTypes(), "lists OT assets (" + ot.assetTypes().get(0) + ")", true));
            }
            if (ot.itOtInterfaces() != null && !ot.itOtInterfaces().isEmpty()) {
                signs.add(new OtSign("/ot/itOtInterfaces", ot.itOtInterfaces(), "lists an IT/OT interface", true));
            }
            if (Boolean.TRUE.equals(ot.brownfield())) {
                signs.add(new OtSign("/ot/brownfield", true, "is true: an existing plant", true));
            }
            if (ot.oldestAssetAgeYears() != null) {
                signs.add(new OtSign("/ot/oldestAssetAgeYears", ot.oldestAssetAgeYears(), "gives an OT asset age", true));
            }
        }
        return List.copyOf(signs);
    }

}
