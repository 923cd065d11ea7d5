// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/snapiface/snapiface/interfaces/policy"
)

// RuleSection explains, in sentences, how the base declaration decides
// one kind of question about an interface: who may carry its plug, who
// may offer its slot, and when a plug may be connected, by hand or
// automatically.
type RuleSection struct {
	Title     string
	Sentences []Text
}

// kindPhrases are the sentences of one kind of decision: what holds
// when everything is allowed, when everything is denied, and the start
// of "denied when" and "allowed only when" sentences.
type kindPhrases struct {
	all, none, deniedWhen, onlyWhen string
}

var (
	plugInstallPhrases = kindPhrases{
		all:        "any snap may carry a plug of this interface",
		none:       "no snap may carry a plug of this interface unless its snap declaration allows it",
		deniedWhen: "a snap may not carry a plug of this interface when ",
		onlyWhen:   "a snap may carry a plug of this interface only when ",
	}
	slotInstallPhrases = kindPhrases{
		all:        "any snap may offer a slot of this interface",
		none:       "no snap may offer a slot of this interface unless its snap declaration allows it",
		deniedWhen: "a snap may not offer a slot of this interface when ",
		onlyWhen:   "a snap may offer a slot of this interface only when ",
	}
	connectionPhrases = kindPhrases{
		all:        "a plug may be connected by hand to any slot of this interface",
		none:       "no plug may be connected, even by hand, unless a snap declaration allows it",
		deniedWhen: "a plug may not be connected when ",
		onlyWhen:   "a plug may be connected by hand only when ",
	}
	autoConnectionPhrases = kindPhrases{
		all:        "a plug is connected automatically to its slot",
		none:       "no plug is connected automatically unless a snap declaration allows it",
		deniedWhen: "a plug is not connected automatically when ",
		onlyWhen:   "a plug is connected automatically only when ",
	}
)

// explainDeclaration explains the base declaration's rules for an
// interface: installing a plug, offering a slot, connecting and
// auto-connecting. A rule wins whole: a connection is decided by the
// plug rule when there is one, else by the slot rule.
func explainDeclaration(base *policy.Declaration, iface string) []RuleSection {
	plugRule, slotRule := base.PlugRule(iface), base.SlotRule(iface)
	connRule, which := plugRule, "The base declaration has a plug rule for this interface, so that rule decides connections; a rule wins whole, and the slot rule plays no part in them."
	switch {
	case plugRule == nil && slotRule != nil:
		connRule, which = slotRule, "There is no plug rule for this interface, so the slot rule decides connections."
	case plugRule == nil:
		which = "The base declaration has no rule for this interface."
	}
	return []RuleSection{
		{Title: "Carrying a plug", Sentences: explainKind(plugRule, policy.Installation, plugInstallPhrases)},
		{Title: "Offering a slot", Sentences: explainKind(slotRule, policy.Installation, slotInstallPhrases)},
		{Title: "Connecting by hand", Sentences: append([]Text{words(which)}, explainKind(connRule, policy.Connection, connectionPhrases)...)},
		{Title: "Connecting automatically", Sentences: explainKind(connRule, policy.AutoConnection, autoConnectionPhrases)},
	}
}

// explainKind explains how a rule (nil for none) decides one kind of
// question: the deny subrule first, which wins when any of its
// alternatives holds, then the allow subrule.
func explainKind(rule *policy.Rule, kind policy.Kind, p kindPhrases) []Text {
	if rule == nil {
		return []Text{words("No rule restricts it: " + p.all + ".")}
	}
	allowKind, denyKind := policy.AllowInstallation, policy.DenyInstallation
	switch kind {
	case policy.Connection:
		allowKind, denyKind = policy.AllowConnection, policy.DenyConnection
	case policy.AutoConnection:
		allowKind, denyKind = policy.AllowAutoConnection, policy.DenyAutoConnection
	}
	var out []Text
	otherwise := ""
	if deny := rule.Subrule(denyKind); deny != nil && len(deny.Alternatives) > 0 {
		if always(deny) {
			return []Text{sentence(words(p.none))}
		}
		out = append(out, sentence(join(words(p.deniedWhen), alternatives(rule, deny))))
		otherwise = "otherwise, "
	}
	allow := rule.Subrule(allowKind)
	switch {
	case allow == nil || always(allow):
		out = append(out, sentence(join(words(otherwise+p.all), arity(allow))))
	case len(allow.Alternatives) == 0:
		out = append(out, sentence(words(otherwise+p.none)))
	default:
		out = append(out, sentence(join(words(otherwise+p.onlyWhen), alternatives(rule, allow))))
	}
	return out
}

// sentence capitalizes a phrase and ends it with a full stop.
func sentence(t Text) Text {
	return join(t.capitalized(), words("."))
}

// always says whether a subrule always holds: one of its alternatives
// has no constraint.
func always(sub *policy.Subrule) bool {
	for _, alt := range sub.Alternatives {
		if len(alt.Constraints()) == 0 {
			return true
		}
	}
	return false
}

// arity says what the first alternative of an allow subrule that
// always holds sets of the arity, or nothing.
func arity(sub *policy.Subrule) Text {
	if sub == nil || len(sub.Alternatives) == 0 {
		return nil
	}
	return arityOf(sub.Alternatives[0])
}

// arityOf says what an alternative sets of the arity: ", and then ...".
func arityOf(alt *policy.Alternative) Text {
	var parts []Text
	count := func(a policy.Arity) string {
		if a == policy.AnyNumber {
			return "any number of"
		}
		if a == 1 {
			return "one"
		}
		return fmt.Sprintf("up to %d", int(a))
	}
	if alt.SlotsPerPlug != 0 {
		parts = append(parts, words("a plug may connect to "+count(alt.SlotsPerPlug)+" slots"))
	}
	if alt.PlugsPerSlot != 0 {
		parts = append(parts, words("a slot may take "+count(alt.PlugsPerSlot)+" plugs"))
	}
	if len(parts) == 0 {
		return nil
	}
	return join(words(" (then "), joinList(parts, "and"), words(")"))
}

// alternatives explains the alternatives of a subrule: the constraints
// of one, or "one of these holds: (1) ...; (2) ...".
func alternatives(rule *policy.Rule, sub *policy.Subrule) Text {
	if len(sub.Alternatives) == 1 {
		return join(constraints(sub.Alternatives[0]), arityOf(sub.Alternatives[0]))
	}
	out := []Text{words("one of these holds: ")}
	for i, alt := range sub.Alternatives {
		if i > 0 {
			out = append(out, words("; "))
		}
		out = append(out, words(fmt.Sprintf("(%d) ", i+1)), constraints(alt), arityOf(alt))
	}
	return join(out...)
}

// constraints explains the constraints of one alternative, all of
// which must hold.
func constraints(alt *policy.Alternative) Text {
	var parts []Text
	for _, c := range alt.Constraints() {
		parts = append(parts, constraintPhrase(c))
	}
	return joinList(parts, "and")
}

// snapTypePhrases name the snap types of *-snap-type constraints.
var snapTypePhrases = map[string]string{
	"core":   "the system snap",
	"app":    "an app snap",
	"gadget": "a gadget snap",
	"kernel": "a kernel snap",
}

// constraintPhrase explains one constraint.
func constraintPhrase(c policy.Constraint) Text {
	owner := c.Side.String()
	switch c.Key {
	case "on-classic":
		switch {
		case !c.Flag:
			return words("the system is Ubuntu Core")
		case len(c.Values) == 0:
			return words("the system is a classic distribution")
		}
		var ds []Text
		for _, v := range c.Values {
			if id, ok := strings.CutSuffix(v, "/*"); ok {
				ds = append(ds, join(words("any variant of "), code(id)))
			} else {
				ds = append(ds, code(v))
			}
		}
		return join(words("the system is the classic distribution "), joinList(ds, "or"))
	case "on-core-desktop":
		if c.Flag {
			return words("the system is Ubuntu Core Desktop")
		}
		return words("the system is not Ubuntu Core Desktop")
	case "on-store":
		return join(words("the device's store is "), codes(c.Values, "or"))
	case "on-brand":
		return join(words("the device's brand is "), codes(c.Values, "or"))
	case "on-model":
		return join(words("the device's model is "), codes(c.Values, "or"))
	case "plug-snap-type", "slot-snap-type":
		var ts []Text
		for _, v := range c.Values {
			ts = append(ts, words(snapTypePhrases[v]))
		}
		return join(words("the "+owner+"'s snap is "), joinList(ts, "or"))
	case "plug-snap-id", "slot-snap-id":
		return join(words("the "+owner+"'s snap has the snap id "), codes(c.Values, "or"))
	case "plug-publisher-id", "slot-publisher-id":
		var ps []Text
		for _, v := range c.Values {
			if strings.HasPrefix(v, "$") {
				ps = append(ps, words("the publisher of the "+otherSide(owner)+"'s snap"))
			} else {
				ps = append(ps, code(v))
			}
		}
		return join(words("the "+owner+"'s snap is published by "), joinList(ps, "or"))
	case "plug-names", "slot-names":
		var ns []Text
		for _, v := range c.Values {
			switch {
			case v == "$INTERFACE":
				ns = append(ns, words("the interface's name"))
			case regexp.QuoteMeta(v) == v:
				ns = append(ns, code(v))
			default:
				ns = append(ns, join(words("a name matching "), code(v)))
			}
		}
		return join(words("the "+owner+" is named "), joinList(ns, "or"))
	case "plug-attributes", "slot-attributes":
		return attrPhrase(owner, c.Attributes)
	}
	return join(words("the constraint "), code(c.Key), words(" holds"))
}

func otherSide(side string) string {
	if side == "plug" {
		return "slot"
	}
	return "plug"
}

// attrPhrase explains an attribute constraint on one side: a map of
// attributes, or alternatives of such maps.
func attrPhrase(owner string, m *policy.AttrConstraint) Text {
	if m.Kind == policy.AttrAny {
		var alts []Text
		for _, alt := range m.Alternatives {
			alts = append(alts, attrPhrase(owner, alt))
		}
		return join(words("either "), joinList(alts, "or"))
	}
	var parts []Text
	for _, e := range m.Entries {
		parts = append(parts, attrEntryPhrase(owner, e.Path, e.Constraint))
	}
	return joinList(parts, "and")
}

// attrEntryPhrase explains the constraint of one attribute.
func attrEntryPhrase(owner, path string, m *policy.AttrConstraint) Text {
	subject := join(words("the "+owner+"'s attribute "), code(path))
	switch m.Kind {
	case policy.AttrMissing:
		return join(words("the "+owner+" has no attribute "), code(path))
	case policy.AttrMap:
		var parts []Text
		for _, e := range m.Entries {
			parts = append(parts, attrEntryPhrase(owner, path+"."+e.Path, e.Constraint))
		}
		return joinList(parts, "and")
	}
	return join(subject, words(" "), valuePhrase(m))
}

// valuePhrase explains what a value must be: "is `x`", "matches `re`",
// "equals the slot's attribute `y`", or alternatives of those.
func valuePhrase(m *policy.AttrConstraint) Text {
	switch m.Kind {
	case policy.AttrPattern:
		if m.Literal {
			return join(words("is "), code(m.Text))
		}
		return join(words("matches "), code(m.Text))
	case policy.AttrOther:
		return join(words("equals the "+m.OtherSide.String()+"'s attribute "), code(m.OtherPath))
	case policy.AttrMissing:
		return words("is absent")
	case policy.AttrAny:
		var alts []Text
		for _, alt := range m.Alternatives {
			alts = append(alts, valuePhrase(alt))
		}
		return joinList(alts, "or")
	}
	var parts []Text
	for _, e := range m.Entries {
		parts = append(parts, join(words("has "), code(e.Path), words(" that "), valuePhrase(e.Constraint)))
	}
	return join(words("is a map that "), joinList(parts, "and"))
}
