package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.diplograph.graphql.execution.QueryCost;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The schema is fully mapped to resolvers, documented for front-end developers down to every enum value, and declares
 * the bound of every list a query is priced by.
 */
@DatabaseIndependent
@SpringBootTest
class SchemaQualityTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    SchemaInspection inspection;

    @Test
    void startUpInspectionFindsNoUnmappedFieldsArgumentsOrRegistrations() {
        var report = inspection.lastReport();
        assertThat(report).isNotNull();
        assertThat(report.unmappedFields()).isEmpty();
        assertThat(report.unmappedArguments()).isEmpty();
        assertThat(report.unmappedRegistrations()).isEmpty();
        assertThat(report.skippedTypes()).isEmpty();
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> undocumented = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName())) {
                continue;
            }
            if (type.getDescription() == null || type.getDescription().isBlank()) {
                undocumented.add(type.getName());
            }
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    if (blank(field.getDescription())) {
                        undocumented.add(type.getName() + "." + field.getName());
                    }
                    for (GraphQLArgument argument : field.getArguments()) {
                        if (blank(argument.getDescription())) {
                            undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
                        }
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    if (blank(field.getDescription())) {
                        undocumented.add(type.getName() + "." + field.getName());
                    }
                }
            }
            if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    if (blank(value.getDescription())) {
                        undocumented.add(type.getName() + "." + value.getName());
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyListOfObjectsDeclaresTheBoundItIsPricedBy() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> unbounded = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || !(type instanceof GraphQLFieldsContainer container)) {
                continue;
            }
            for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
                boolean ofObjects = !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()));
                boolean itemsOfAConnection = type.getName().endsWith("Connection")
                        && List.of("edges", "nodes").contains(field.getName());
                if (list && ofObjects && !itemsOfAConnection && field.getAppliedDirective(QueryCost.LIST_SIZE) == null) {
                    unbounded.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(unbounded).as("lists of objects without @listSize, which the cost would price as a whole page").isEmpty();
    }

    @Test
    void everyDirectiveTheSchemaDefinesIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (GraphQLDirective directive : graphQlSource.schema().getDirectives()) {
            if (!directive.getName().equals(QueryCost.LIST_SIZE)) {
                continue;
            }
            if (blank(directive.getDescription())) {
                undocumented.add("@" + directive.getName());
            }
            directive.getArguments().stream().filter(argument -> blank(argument.getDescription()))
                    .forEach(argument -> undocumented.add("@" + directive.getName() + "(" + argument.getName() + ")"));
        }
        assertThat(undocumented).isEmpty();
        assertThat(graphQlSource.schema().getDirective(QueryCost.LIST_SIZE)).isNotNull();
    }

    private static boolean blank(String description) {
        return description == null || description.isBlank();
    }
}
