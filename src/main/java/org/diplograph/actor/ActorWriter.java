package org.diplograph.actor;

import static org.diplograph.sql.schema.Tables.ACTOR;
import static org.diplograph.sql.schema.Tables.ACTOR_ALIAS;
import static org.diplograph.sql.schema.Tables.ACTOR_ROLE;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.diplograph.actor.ActorInputs.ActorAliasInput;
import org.diplograph.actor.ActorInputs.ActorPayload;
import org.diplograph.actor.ActorInputs.ActorRolePayload;
import org.diplograph.actor.ActorInputs.CorrectActorInput;
import org.diplograph.actor.ActorInputs.CorrectActorRoleInput;
import org.diplograph.actor.ActorInputs.RecordActorInput;
import org.diplograph.actor.ActorInputs.RecordActorRoleInput;
import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.Operation;
import org.diplograph.fact.write.Corrections;
import org.diplograph.fact.write.References;
import org.diplograph.fact.write.VersionedUpdates;
import org.diplograph.fact.write.WritePipeline;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.Slugs;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.source.Sentence;
import org.diplograph.sql.ColumnLengths;
import org.jooq.Field;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and corrects actors and their roles. Every write validates all its input first and writes nothing if any is wrong. */
@Service
public class ActorWriter {

    /** The bound the schema declares for {@code Actor.aliases} ({@code @listSize}). */
    private static final int MAX_ALIASES = 20;

    private final ActorRepository actors;
    private final References references;
    private final VersionedUpdates updates;
    private final WritePipeline pipeline;
    private final List<ActorCountryChanges> countryListeners;

    ActorWriter(ActorRepository actors, References references, VersionedUpdates updates, WritePipeline pipeline,
                List<ActorCountryChanges> countryListeners) {
        this.actors = actors;
        this.references = references;
        this.updates = updates;
        this.pipeline = pipeline;
        this.countryListeners = countryListeners;
    }

    @Transactional
    public ActorPayload record(RecordActorInput input) {
        InputProblems problems = new InputProblems();
        if (input.slug() == null || !Slugs.PATTERN.matcher(input.slug()).matches()) {
            problems.add(UserErrorCode.INVALID, "A slug is 3 to 100 lower-case letters, digits and inner hyphens.", "slug");
        } else if (actors.slugTaken(input.slug())) {
            problems.add(UserErrorCode.TAKEN, "Another actor already has the slug '%s'.".formatted(input.slug()), "slug");
        }
        problems.optionalText(input.name(), ColumnLengths.of(ACTOR.NAME), "name");
        problems.text(input.description(), ColumnLengths.of(ACTOR.DESCRIPTION), "description");
        String country = input.country() == null ? null : references.country(input.country(), problems, "country");
        memberCount(input.memberCount(), problems);
        Sentence firstMention = references.node(NodeType.SENTENCE, Sentence.class, input.firstMention(), problems, "firstMention");
        Map<String, Long> aliases = new LinkedHashMap<>();
        List<ActorAliasInput> aliasInputs = input.aliases() == null ? List.of() : input.aliases();
        if (aliasInputs.size() > MAX_ALIASES) {
            problems.add(UserErrorCode.INVALID, "An actor has at most %d aliases.".formatted(MAX_ALIASES), "aliases");
            aliasInputs = List.of();
        }
        for (int i = 0; i < aliasInputs.size(); i++) {
            ActorAliasInput alias = aliasInputs.get(i);
            String index = String.valueOf(i);
            if (!problems.text(alias.text(), ColumnLengths.of(ACTOR_ALIAS.ALIAS), "aliases." + i + ".text")) {
                continue;
            }
            Sentence evidence = references.node(NodeType.SENTENCE, Sentence.class, alias.evidence(), problems, "aliases", index, "evidence");
            if (evidence != null && !evidence.text().contains(alias.text())) {
                problems.add(UserErrorCode.NOT_IN_SOURCE, "The alias '%s' does not occur in the sentence it cites."
                        .formatted(alias.text()), "aliases", index, "text");
            } else if (evidence != null && aliases.putIfAbsent(alias.text(), evidence.key()) != null) {
                problems.add(UserErrorCode.INVALID, "The alias '%s' is given twice.".formatted(alias.text()),
                        "aliases", index, "text");
            }
        }
        return pipeline.write(FactType.ACTOR, Operation.RECORD, null, problems, change -> {
            Long key = actors.insert(input, country, firstMention.key(), change);
            if (key == null) {
                problems.add(UserErrorCode.TAKEN, "Another actor already has the slug '%s'.".formatted(input.slug()), "slug");
                return null;
            }
            aliases.forEach((text, sentence) -> actors.insertAlias(key, text, sentence));
            return key;
        }, (fact, errors) -> new ActorPayload((Actor) fact, errors));
    }

    @Transactional
    public ActorPayload correct(CorrectActorInput input) {
        InputProblems problems = new InputProblems();
        Long key = references.key(input.id(), NodeType.ACTOR, problems, "id");
        Actor current = key == null ? null : actors.findActors(List.of(key)).get(key);
        Corrections changes = new Corrections(problems)
                .required(input.kind(), ACTOR.KIND, "kind")
                .optionalText(input.name(), ACTOR.NAME, "name")
                .text(input.description(), ACTOR.DESCRIPTION, "description");
        String name = changes.changes(ACTOR.NAME) ? input.name().value() : current == null ? null : current.name();
        String description = changes.changes(ACTOR.DESCRIPTION) ? input.description().value()
                : current == null ? null : current.description();
        if (description != null) {
            changes.derived(ACTOR.SORT_NAME, ActorRepository.sortName(name, description));
        }
        String country = current == null ? null : current.countryCode();
        if (!input.country().isOmitted()) {
            country = input.country().value() == null ? null
                    : references.country(input.country().value(), problems, "country");
            changes.derived(ACTOR.COUNTRY_CODE, country);
        }
        if (!input.memberCount().isOmitted()) {
            memberCount(input.memberCount().value(), problems);
            changes.derived(ACTOR.MEMBER_COUNT, input.memberCount().value());
        }
        String newCountry = country;
        return pipeline.write(FactType.ACTOR, Operation.CORRECT, null, problems, change -> {
            if (!updates.update(ActorRepository.FACTS, key, input.expectedVersion(), changes.changes(), change, problems)) {
                return null;
            }
            if (current != null && !Objects.equals(newCountry, current.countryCode())) {
                for (ActorCountryChanges listener : countryListeners) {
                    listener.actorCountryChanged(key, newCountry);
                }
            }
            return key;
        }, (fact, errors) -> new ActorPayload((Actor) fact, errors));
    }

    @Transactional
    public ActorRolePayload recordRole(RecordActorRoleInput input) {
        InputProblems problems = new InputProblems();
        Actor holder = references.node(NodeType.ACTOR, Actor.class, input.actor(), problems, "actor");
        problems.text(input.title(), ColumnLengths.of(ACTOR_ROLE.TITLE), "title");
        Actor organization = input.organization() == null ? null
                : references.node(NodeType.ACTOR, Actor.class, input.organization(), problems, "organization");
        String country = input.country() == null ? null : references.country(input.country(), problems, "country");
        String accreditedTo = input.accreditedTo() == null ? null
                : references.country(input.accreditedTo(), problems, "accreditedTo");
        ReportedDate started = references.date(input.started(), problems, "started");
        ReportedDate ended = references.date(input.ended(), problems, "ended");
        references.ordered(started, ended, problems, "ended");
        Sentence evidence = references.node(NodeType.SENTENCE, Sentence.class, input.evidence(), problems, "evidence");
        return pipeline.write(FactType.ACTOR_ROLE, Operation.RECORD, null, problems, change -> {
            long key = actors.insertRole(holder.key(), input.title(), organization == null ? null : organization.key(),
                    country, accreditedTo, started, ended, evidence.key(), change);
            return key;
        }, (fact, errors) -> new ActorRolePayload((ActorRole) fact, errors));
    }

    @Transactional
    public ActorRolePayload correctRole(CorrectActorRoleInput input) {
        InputProblems problems = new InputProblems();
        Long key = references.key(input.id(), NodeType.ACTOR_ROLE, problems, "id");
        ActorRole current = key == null ? null : actors.findRoles(List.of(key)).get(key);
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        if (!input.title().isOmitted() && problems.text(input.title().value(), ColumnLengths.of(ACTOR_ROLE.TITLE), "title")) {
            changes.put(ACTOR_ROLE.TITLE, input.title().value());
        }
        if (!input.organization().isOmitted()) {
            Actor organization = input.organization().value() == null ? null
                    : references.node(NodeType.ACTOR, Actor.class, input.organization().value(), problems, "organization");
            changes.put(ACTOR_ROLE.ORGANIZATION_ID, organization == null ? null : organization.key());
        }
        country(input.country(), ACTOR_ROLE.COUNTRY_CODE, "country", changes, problems);
        country(input.accreditedTo(), ACTOR_ROLE.ACCREDITED_TO, "accreditedTo", changes, problems);
        ReportedDate started = current == null ? ReportedDate.UNKNOWN : current.started();
        ReportedDate ended = current == null ? ReportedDate.UNKNOWN : current.ended();
        if (!input.started().isOmitted()) {
            started = references.date(input.started().value(), problems, "started");
            changes.putAll(ActorRepository.ROLE_STARTED.values(started));
        }
        if (!input.ended().isOmitted()) {
            ended = references.date(input.ended().value(), problems, "ended");
            changes.putAll(ActorRepository.ROLE_ENDED.values(ended));
        }
        references.ordered(started, ended, problems, "ended");
        if (!input.evidence().isOmitted()) {
            Sentence evidence = input.evidence().value() == null ? null
                    : references.node(NodeType.SENTENCE, Sentence.class, input.evidence().value(), problems, "evidence");
            if (input.evidence().value() == null) {
                problems.add(UserErrorCode.INVALID, "'evidence' cannot be cleared: every role cites a sentence.", "evidence");
            } else if (evidence != null) {
                changes.put(ACTOR_ROLE.SENTENCE_ID, evidence.key());
            }
        }
        return pipeline.write(FactType.ACTOR_ROLE, Operation.CORRECT, null, problems, change -> {
            if (!updates.update(ActorRepository.ROLE_FACTS, key, input.expectedVersion(), changes, change, problems)) {
                return null;
            }
            return key;
        }, (fact, errors) -> new ActorRolePayload((ActorRole) fact, errors));
    }

    private void country(ArgumentValue<String> value, Field<String> column, String field, Map<Field<?>, Object> changes,
                         InputProblems problems) {
        if (!value.isOmitted()) {
            changes.put(column, value.value() == null ? null : references.country(value.value(), problems, field));
        }
    }

    private static void memberCount(Integer count, InputProblems problems) {
        if (count != null && (count < 1 || count > 1_000_000_000)) {
            problems.add(UserErrorCode.INVALID, "'memberCount' must be 1 to 1,000,000,000.", "memberCount");
        }
    }

    static Involvement involvement(Fact fact) {
        Set<String> countries = new LinkedHashSet<>();
        Set<Long> actorKeys = new HashSet<>();
        if (fact instanceof Actor actor) {
            actorKeys.add(actor.key());
            if (actor.countryCode() != null) {
                countries.add(actor.countryCode());
            }
        } else if (fact instanceof ActorRole role) {
            actorKeys.add(role.actorKey());
            if (role.organizationKey() != null) {
                actorKeys.add(role.organizationKey());
            }
            for (String code : new String[] {role.countryCode(), role.accreditedToCode()}) {
                if (code != null) {
                    countries.add(code);
                }
            }
        }
        return new Involvement(countries, actorKeys);
    }

    @Configuration(proxyBeanMethods = false)
    static class ActorRegistration {

        @Bean
        FactRegistration actorFacts(ActorRepository actors) {
            return new FactRegistration(ActorRepository.FACTS, key -> actors.findActors(List.of(key)).get(key),
                    key -> { }, ActorWriter::involvement);
        }

        @Bean
        FactRegistration actorRoleFacts(ActorRepository actors) {
            return new FactRegistration(ActorRepository.ROLE_FACTS, key -> actors.findRoles(List.of(key)).get(key),
                    key -> { }, ActorWriter::involvement);
        }
    }
}
