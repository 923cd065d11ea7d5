// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite

import (
	"strings"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

// Grant is the policy text one hook of one backend adds, grouped as
// the catalogue writes it: each group a comment saying why, then its
// rules.
type Grant struct {
	// Backend is "AppArmor" or "seccomp".
	Backend string
	// Hook says who gets it: "the app that plugs it, once connected".
	Hook string
	// Summary is the text's "# Description:" comment, in words,
	// without its full stop.
	Summary string
	Groups  []Group
}

// Group is a comment and the rules it explains; either may be empty.
type Group struct {
	Words string
	Rules string
}

// hooks are the hooks of a backend's text, in the order a reader
// wants them, with who gets what each adds.
var hooks = []struct {
	who  string
	text func(builtin.HookTexts) string
}{
	{"an app that plugs it, once connected", func(t builtin.HookTexts) string { return t.ConnectedPlug }},
	{"an app that plugs it, connected or not", func(t builtin.HookTexts) string { return t.PermanentPlug }},
	{"an app that offers the slot, once a plug is connected", func(t builtin.HookTexts) string { return t.ConnectedSlot }},
	{"an app that offers the slot, connected or not", func(t builtin.HookTexts) string { return t.PermanentSlot }},
}

// grantsOf groups the policy text of a description, AppArmor first,
// hook by hook; hooks that add nothing are left out.
func grantsOf(d *builtin.Description) []Grant {
	var out []Grant
	for _, backend := range []struct {
		name  string
		texts builtin.HookTexts
	}{{"AppArmor", d.AppArmor}, {"seccomp", d.SecComp}} {
		for _, h := range hooks {
			text := h.text(backend.texts)
			if strings.TrimSpace(text) == "" {
				continue
			}
			g := Grant{Backend: backend.name, Hook: h.who}
			g.Summary, g.Groups = groupPolicy(text)
			out = append(out, g)
		}
	}
	return out
}

// groupPolicy splits policy text into its groups: runs of lines
// separated by blank lines, each a comment (the lines that start with
// "#", up to the first rule) and the rest, rules and any later comment
// lines kept as they are. A group whose comment starts with
// "# Description:" gives the summary instead. AppArmor's "#include"
// lines are rules, not comments.
func groupPolicy(text string) (summary string, groups []Group) {
	for _, para := range strings.Split(strings.Trim(text, "\n"), "\n\n") {
		lines := strings.Split(strings.Trim(para, "\n"), "\n")
		var comment []string
		i := 0
		for ; i < len(lines); i++ {
			line := strings.TrimSpace(lines[i])
			if !isComment(line) {
				break
			}
			comment = append(comment, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		}
		g := Group{Words: strings.Join(comment, " "), Rules: strings.Join(lines[i:], "\n")}
		if g.Words == "" && strings.TrimSpace(g.Rules) == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(g.Words, "Description:"); ok {
			// The first description sums the text up; a later one
			// (a snippet an attribute adds) heads its own group.
			g.Words = strings.TrimSpace(rest)
			if summary == "" {
				summary, g.Words = strings.TrimSuffix(g.Words, "."), ""
				if strings.TrimSpace(g.Rules) == "" {
					continue
				}
			}
		}
		groups = append(groups, g)
	}
	return summary, groups
}

// isComment says whether a policy line is a comment.
func isComment(line string) bool {
	return strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "#include")
}

// extraGroups returns the groups of more that base does not have, per
// grant: what other attributes add to the policy of the first example.
func extraGroups(base, more []Grant) []Grant {
	seen := map[string]bool{}
	for _, g := range base {
		for _, group := range g.Groups {
			seen[g.Backend+"\x00"+g.Hook+"\x00"+group.Words+"\x00"+group.Rules] = true
		}
	}
	var out []Grant
	for _, g := range more {
		extra := Grant{Backend: g.Backend, Hook: g.Hook}
		for _, group := range g.Groups {
			if !seen[g.Backend+"\x00"+g.Hook+"\x00"+group.Words+"\x00"+group.Rules] {
				extra.Groups = append(extra.Groups, group)
			}
		}
		if len(extra.Groups) > 0 {
			out = append(out, extra)
		}
	}
	return out
}
