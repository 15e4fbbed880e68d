package org.diplograph.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.diplograph.fact.write.WritePipeline;
import org.diplograph.graphql.node.Nodes;
import org.diplograph.support.ApiTest;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fact type is declared once, in {@link FactType}; everything else that must know of it is checked here, so a type
 * declared but not fully registered fails the build instead of silently losing its audit trail: its registration
 * with the write pipeline (how to load it, what it involves, what retraction does), its node look-up, its GraphQL
 * type implementing {@code Fact}, its value in the GraphQL {@code FactType} enum, and its row in {@code fact_type}, the only types the revision log
 * accepts.
 */
@DatabaseIndependent
class FactTypeRegistrationTest extends ApiTest {

    @Autowired
    private WritePipeline pipeline;
    @Autowired
    private Nodes nodes;
    @Autowired
    private GraphQlSource graphQlSource;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;

    @ParameterizedTest
    @EnumSource(FactType.class)
    void everyFactTypeIsRegisteredWithTheWritePipelineAndTheNodeRegistry(FactType type) {
        FactRegistration registration = pipeline.registration(type);
        assertThat(registration).as("FactRegistration bean of %s", type).isNotNull();
        assertThat(registration.table().type()).isEqualTo(type);
        assertThat(nodes.registered()).as("NodeResolver of %s", type).contains(type.nodeType());
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void everyFactTypeIsAGraphQlTypeImplementingFact(FactType type) {
        GraphQLSchema schema = graphQlSource.schema();
        assertThat(schema.getType(type.nodeType().typeName())).as("GraphQL type %s", type.nodeType().typeName())
                .isInstanceOfSatisfying(GraphQLObjectType.class, object -> assertThat(object.getInterfaces())
                        .anySatisfy(implemented -> assertThat(implemented.getName()).isEqualTo("Fact")));
    }

    @ParameterizedTest
    @EnumSource(FactType.class)
    void theRevisionTableAcceptsEveryFactType(FactType type) {
        transactions.executeWithoutResult(transaction -> {
            jdbc.sql("INSERT INTO revision (fact_type, fact_id, version, operation, changed_at, changed_by, snapshot) "
                            + "VALUES (:type, -1, 1, 'RECORD', :at, 'registration-test', '{}')")
                    .param("type", type.name()).param("at", OffsetDateTime.now()).update();
            transaction.setRollbackOnly();
        });
    }

    @Test
    void theFactTypeTableHoldsExactlyTheDeclaredTypesAndTheRevisionLogNoOther() {
        assertThat(jdbc.sql("SELECT name FROM fact_type").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FactType.values()).map(Enum::name).toList());
        assertThatThrownBy(() -> transactions.executeWithoutResult(transaction -> jdbc.sql(
                        "INSERT INTO revision (fact_type, fact_id, version, operation, changed_at, changed_by, snapshot) "
                                + "VALUES ('RUMOUR', -1, 1, 'RECORD', :at, 'registration-test', '{}')")
                .param("at", OffsetDateTime.now()).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theGraphQlFactTypeEnumListsExactlyTheDeclaredFactTypes() {
        GraphQLEnumType enumType = (GraphQLEnumType) graphQlSource.schema().getType("FactType");
        assertThat(enumType.getValues()).extracting(GraphQLEnumValueDefinition::getName)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FactType.values()).map(Enum::name).toList());
    }

    @Test
    void everyGraphQlTypeImplementingFactIsADeclaredFactType() {
        GraphQLSchema schema = graphQlSource.schema();
        GraphQLInterfaceType fact = (GraphQLInterfaceType) schema.getType("Fact");
        Set<String> declared = Arrays.stream(FactType.values()).map(type -> type.nodeType().typeName())
                .collect(Collectors.toSet());
        List<String> implementing = schema.getImplementations(fact).stream().map(GraphQLObjectType::getName).toList();
        assertThat(implementing).isNotEmpty().allSatisfy(name -> assertThat(declared).contains(name));
    }
}
