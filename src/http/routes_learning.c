/* routes_learning.c — the part of the route table (see routes.c) for learning and its
 * proof: competence frameworks and assessments, credentials and their verification. */
#include "http/routes.h"
#include "pages/competences/competences.h"
#include "pages/credentials/credentials.h"

const Route routes_learning[] = {
    /* competences: frameworks (DigComp 2.2 shipped, own ones), programmes' targets,
     * assessments by trainers, progress per cohort and per learner */
    GET("/orgs/{org}/competences", page_frameworks, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/competences/new", page_framework_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/competences", page_framework_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/competences/{id}", page_framework, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/competences/{id}/edit", page_framework_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/competences/{id}", page_framework_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/competences/{id}/areas", page_area_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/competences/{id}/items", page_competence_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/competences/{id}/archive", page_framework_archive, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/programmes/{id}/competences", page_targets, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/programmes/{id}/competences", page_target_set, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/competences/{competence}/remove", page_target_remove,
         MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/cohorts/{id}/competences", page_cohort_grid, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/people/{id}/competences", page_person_competences, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/people/{id}/assessments", page_assessment_add, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/assessments/{id}/evidence", page_evidence, MEMBER(TRAINING_VIEW)),
    /* credentials: achievements, issuing and revoking (staff), signing keys (admins) */
    GET("/orgs/{org}/credentials", page_credentials, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/credentials/{id}", page_credential, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/credentials/{id}/revoke", page_credential_revoke, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/achievements/new", page_achievement_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/achievements", page_achievement_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/achievements/{id}", page_achievement, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/achievements/{id}/edit", page_achievement_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/achievements/{id}/edit", page_achievement_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/achievements/{id}/issue", page_achievement_issue, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/achievements/{id}/rules", page_achievement_rule_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/achievements/{id}/rules/{rule}/delete", page_achievement_rule_delete,
         MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/signing-keys", page_signing_keys, MEMBER(ROLE_ADMIN)),
    POST("/orgs/{org}/signing-keys/rotate", page_signing_keys_rotate, MEMBER(ROLE_ADMIN)),
    /* what verifiers read, and the verify pages: for anyone */
    GET("/issuers/{id}", page_issuer_profile),
    GET("/issuers/{id}/jwks.json", page_issuer_jwks),
    GET("/issuers/{id}/status/{n}", page_issuer_status),
    GET("/verify", page_verify),
    POST("/verify", page_verify_post),
    GET("/verify/{uid}", page_verify_issued),
    GET("/learning/credentials/{id}/jwt", page_learning_credential_jwt, SIGNED_IN),
    GET("/learning/credentials/{id}/json", page_learning_credential_json, SIGNED_IN),
    GET("/learning/credentials/{id}/pdf", page_learning_credential_pdf, SIGNED_IN),
    /* the learner's record, and the link they share to it (for anyone who has it) */
    GET("/learning/record", page_record, SIGNED_IN),
    POST("/learning/record/share", page_record_share, SIGNED_IN),
    POST("/learning/record/share/off", page_record_unshare, SIGNED_IN),
    GET("/record/{token}", page_record_public),
    {0},
};
