package org.diplograph.draft;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorRepository;
import org.diplograph.country.Country;
import org.diplograph.country.CountryRepository;
import org.diplograph.draft.DraftCandidate.CandidateKind;
import org.diplograph.draft.DraftCandidate.CandidateState;
import org.diplograph.draft.DraftInputs.AcceptCandidatesInput;
import org.diplograph.draft.DraftInputs.DraftFactsInput;
import org.diplograph.draft.DraftInputs.DraftFactsPayload;
import org.diplograph.draft.DraftInputs.RejectCandidatesInput;
import org.diplograph.draft.DraftInputs.ReviewPayload;
import org.diplograph.draft.coding.CodedFacts;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeLinks;
import org.diplograph.graphql.node.NodeResolver;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.graphql.node.Nodes;
import org.diplograph.source.Sentence;
import org.diplograph.source.Source;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Drafting an article's facts and reviewing them: the queries, mutations and links of drafts and candidates. */
@Controller
class DraftController {

    private final DraftRepository drafts;
    private final DraftWriter writer;
    private final CandidateWrites acceptance;
    private final EventTaxonomy taxonomy;
    private final ActorRepository actors;
    private final CountryRepository countries;
    private final Nodes nodes;
    private final Paging paging;

    DraftController(DraftRepository drafts, DraftWriter writer, CandidateWrites acceptance, EventTaxonomy taxonomy,
                    ActorRepository actors, CountryRepository countries, Nodes nodes, Paging paging) {
        this.drafts = drafts;
        this.writer = writer;
        this.acceptance = acceptance;
        this.taxonomy = taxonomy;
        this.actors = actors;
        this.countries = countries;
        this.nodes = nodes;
        this.paging = paging;
    }

    @Bean
    static NodeResolver draftNodes(DraftRepository drafts) {
        return NodeResolver.numeric(NodeType.CODING_DRAFT, drafts::findDrafts);
    }

    @Bean
    static NodeResolver candidateNodes(DraftRepository drafts) {
        return NodeResolver.numeric(NodeType.DRAFT_CANDIDATE, drafts::findCandidates);
    }

    @Bean
    static RuntimeWiringConfigurer draftLinks() {
        return NodeLinks.of("CodingDraft", CodingDraft.class).link("source", Source.class, CodingDraft::sourceKey)
                .and("DraftCandidate", DraftCandidate.class).link("sentence", Sentence.class, DraftCandidate::sentenceKey)
                .wiring();
    }

    @QueryMapping
    CodingDraft draft(@Argument String id) {
        long key = GlobalId.decodeNumeric(id, NodeType.CODING_DRAFT, "id");
        CodingDraft found = drafts.findDrafts(List.of(key)).get(key);
        if (found == null) {
            throw new NotFoundException("Could not resolve to a CodingDraft with the id '%s'.".formatted(id));
        }
        return found;
    }

    @QueryMapping
    Connection<CodingDraft> drafts(DataFetchingEnvironment env) {
        return drafts.newestFirst(paging.request(env), Paging.wantsTotal(env));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    DraftFactsPayload draftFacts(@Argument DraftFactsInput input) {
        return writer.draft(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    ReviewPayload acceptCandidates(@Argument AcceptCandidatesInput input) {
        return acceptance.accept(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    ReviewPayload rejectCandidates(@Argument RejectCandidatesInput input) {
        return writer.reject(input);
    }

    @SchemaMapping(typeName = "CodingDraft", field = "candidates")
    List<DraftCandidate> candidates(CodingDraft draft, @Argument List<CandidateKind> kinds,
                                    @Argument List<CandidateState> states) {
        return drafts.candidatesOf(List.of(draft.key())).getOrDefault(draft.key(), List.of()).stream()
                .filter(candidate -> kinds == null || kinds.contains(candidate.kind()))
                .filter(candidate -> states == null || states.contains(candidate.state())).toList();
    }

    @BatchMapping(typeName = "CodingDraft")
    Map<CodingDraft, Integer> pendingCount(List<CodingDraft> batch) {
        Map<CodingDraft, List<DraftCandidate>> all = byDraft(batch);
        return batch.stream().collect(Collectors.toMap(Function.identity(), draft -> (int) all.get(draft).stream()
                .filter(candidate -> candidate.state() == CandidateState.PENDING).count()));
    }

    private Map<CodingDraft, List<DraftCandidate>> byDraft(List<CodingDraft> batch) {
        Map<Long, List<DraftCandidate>> found = drafts.candidatesOf(batch.stream().map(CodingDraft::key).toList());
        return batch.stream().collect(Collectors.toMap(Function.identity(),
                draft -> found.getOrDefault(draft.key(), List.of())));
    }

    @SchemaMapping(typeName = "DraftCandidate")
    Identified fact(DraftCandidate candidate) {
        if (candidate.factId() == null) {
            return null;
        }
        GlobalId id = GlobalId.decode(candidate.factId());
        return nodes.find(id.type(), id.key());
    }

    @BatchMapping(typeName = "ActionDraft")
    Map<CodedFacts.ActionGuess, EventCode> eventCode(List<CodedFacts.ActionGuess> batch) {
        Map<String, EventCode> found = taxonomy.findEventCodes(batch.stream().map(CodedFacts.ActionGuess::eventCode).toList());
        return batch.stream().distinct().collect(Collectors.toMap(Function.identity(), guess -> found.get(guess.eventCode())));
    }

    @SchemaMapping(typeName = "DraftParty")
    Actor actor(CodedFacts.Party party) {
        return party.actorSlug() == null ? null : actors.findBySlug(party.actorSlug()).orElse(null);
    }

    @SchemaMapping(typeName = "DraftParty")
    Country country(CodedFacts.Party party) {
        return party.countryCode() == null ? null : countries.findByCodes(List.of(party.countryCode())).get(party.countryCode());
    }

    @SchemaMapping(typeName = "ActorDraft")
    CodedFacts.Party party(CodedFacts.ActorGuess guess) {
        return guess.actor();
    }
}
