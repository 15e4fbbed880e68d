package org.diplograph.actor;

import java.util.List;

import org.diplograph.date.ReportedDateInput;
import org.diplograph.graphql.UserError;
import org.springframework.graphql.data.ArgumentValue;

/** The GraphQL inputs of the actor mutations, as Spring for GraphQL binds them. */
public final class ActorInputs {

    private ActorInputs() {
    }

    public record RecordActorInput(String slug, ActorKind kind, String name, String description, String country,
                            Integer memberCount, String firstMention, List<ActorAliasInput> aliases) {
    }

    public record ActorAliasInput(String text, String evidence) {
    }

    record CorrectActorInput(String id, int expectedVersion, ArgumentValue<ActorKind> kind, ArgumentValue<String> name,
                             ArgumentValue<String> description, ArgumentValue<String> country,
                             ArgumentValue<Integer> memberCount) {
    }

    record RecordActorRoleInput(String actor, String title, String organization, String country, String accreditedTo,
                                ReportedDateInput started, ReportedDateInput ended, String evidence) {
    }

    record CorrectActorRoleInput(String id, int expectedVersion, ArgumentValue<String> title,
                                 ArgumentValue<String> organization, ArgumentValue<String> country,
                                 ArgumentValue<String> accreditedTo, ArgumentValue<ReportedDateInput> started,
                                 ArgumentValue<ReportedDateInput> ended, ArgumentValue<String> evidence) {
    }

    public record ActorPayload(Actor actor, List<UserError> userErrors) {
    }

    record ActorRolePayload(ActorRole role, List<UserError> userErrors) {
    }
}
