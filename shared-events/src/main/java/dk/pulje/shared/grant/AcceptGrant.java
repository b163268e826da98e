package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The grantee accepts the grant, optionally dividing it into budget lines (one line "project" when left out). */
public record AcceptGrant(@TargetAggregateIdentifier GrantId grantId, BudgetLines budgetLines, Actor actor) {}
