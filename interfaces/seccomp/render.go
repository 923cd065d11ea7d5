// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// Policy is the seccomp policy text of one security tag, with the
// interface that added each line.
type Policy struct {
	Tag string
	// Text is the policy, ending in a newline. Most of it is shared
	// with the other policies rendered in the process.
	Text interfaces.Text
	// origins holds, in order, the runs of lines that belong to an
	// interface's snippet; every other line is the header's or the
	// base policy's.
	origins []originRun
}

// originRun is a run of lines, from first to last (counted from 1),
// that belong to one interface's snippet.
type originRun struct {
	first, last int
	iface       string
}

// InterfaceAt returns the interface whose snippet holds a line of the
// policy (counted from 1), or "" for the header and the base policy.
func (p *Policy) InterfaceAt(line int) string {
	i := sort.Search(len(p.origins), func(i int) bool { return p.origins[i].last >= line })
	if i < len(p.origins) && p.origins[i].first <= line {
		return p.origins[i].iface
	}
	return ""
}

// Explain adds to an error about the policy text (from Parse or the
// compiler) the tag and, when the line came from an interface's snippet,
// the interface, as in `snap.vm.daemon: interface "multipass-support":
// line 312: syscall "chown64": ...`.
func (p *Policy) Explain(err error) error {
	var perr *PolicyError
	if errors.As(err, &perr) {
		if iface := p.InterfaceAt(perr.Line); iface != "" {
			return fmt.Errorf("%s: interface %q: %w", p.Tag, iface, err)
		}
	}
	return fmt.Errorf("%s: %w", p.Tag, err)
}

// policyWriter builds policy text and records where each line came from.
type policyWriter struct {
	text    interfaces.TextBuilder
	lines   int
	origins []originRun
}

// add appends text, which must end without a newline, as lines from
// origin ("" for the header and base policy). It returns the number of
// the first line it wrote.
func (w *policyWriter) add(origin, text string) int {
	return w.addLines(origin, text, strings.Count(text, "\n")+1)
}

// addLines is add for a text whose number of lines is known.
func (w *policyWriter) addLines(origin, text string, lines int) int {
	first := w.lines + 1
	w.text.WriteString(text)
	w.text.WriteString("\n")
	w.lines += lines
	if origin != "" {
		w.origins = append(w.origins, originRun{first, w.lines, origin})
	}
	return first
}

// basePolicy is the base policy as the policy writer adds it, after a
// blank line, its number of lines, and whether it parses: it is checked
// once, not in every policy.
var basePolicy = struct {
	once  sync.Once
	text  string
	lines int
	err   error
}{}

func checkedBasePolicy() (string, int, error) {
	b := &basePolicy
	b.once.Do(func() {
		b.text = "\n" + strings.TrimSuffix(BasePolicy, "\n")
		b.lines = strings.Count(b.text, "\n") + 1
		b.err = parseLines(b.text, 1, nil)
	})
	return b.text, b.lines, b.err
}

// RenderPolicy renders the seccomp policy of one app or hook of a snap,
// given by its security tag: the confinement's directive (@complain in
// devmode, @unrestricted for classic), the base policy, then the rules
// the snap's interfaces added to spec for the tag, each snippet under a
// comment naming its interface. It is pure: the same arguments give the
// same bytes. The text is checked as Parse would before it is returned
// (the base policy once, each snippet in every policy), so a snippet
// with a syntax error is an error here, naming the interface.
func RenderPolicy(info *snap.Info, tag string, spec *Specification) (*Policy, error) {
	if !hasTag(info, tag) {
		return nil, fmt.Errorf("cannot render seccomp policy: snap %q has no app or hook with security tag %q", info.InstanceName(), tag)
	}
	return renderPolicy(info, tag, spec.Snippets(tag), true)
}

// renderPolicy renders the policy of tag with the given snippets; check
// says whether they must be checked, which they need not be when they
// were already, for another tag.
func renderPolicy(info *snap.Info, tag string, snippets []interfaces.Snippet, check bool) (*Policy, error) {
	var directive string
	switch info.Confinement {
	case snap.StrictConfinement, "":
	case snap.DevModeConfinement:
		directive = Complain
	case snap.ClassicConfinement:
		directive = Unrestricted
	default:
		return nil, fmt.Errorf("cannot render seccomp policy of %q: unknown confinement %q", tag, info.Confinement)
	}
	base, baseLines, err := checkedBasePolicy()
	if err != nil {
		return nil, fmt.Errorf("internal error: cannot render seccomp policy: base policy: %w", err)
	}

	w := policyWriter{origins: make([]originRun, 0, len(snippets))}
	// The pieces: 8 for the header and base policy, 6 a snippet.
	w.text.Grow(8 + 6*len(snippets))
	if directive != "" {
		w.addLines("", directive, 1)
	}
	w.text.WriteString("# seccomp policy of ")
	w.text.WriteString(tag)
	w.addLines("", ".", 1)
	w.addLines("", base, baseLines)
	for _, snippet := range snippets {
		w.text.WriteString("\n# From interface ")
		w.text.WriteString(snippet.Interface)
		w.addLines("", ":", 2)
		first := w.add(snippet.Interface, snippet.Text)
		if !check {
			continue
		}
		if err := parseLines(snippet.Text, first, nil); err != nil {
			policy := &Policy{Tag: tag, origins: w.origins}
			return nil, fmt.Errorf("cannot render seccomp policy: %w", policy.Explain(err))
		}
	}
	return &Policy{Tag: tag, Text: w.text.Text(), origins: w.origins}, nil
}

// RenderSnapPolicies renders the seccomp policy of every app and hook of
// a snap, sorted by security tag. The apps and hooks of a snap often
// have the same snippets: they are checked once.
func RenderSnapPolicies(info *snap.Info, spec *Specification) ([]*Policy, error) {
	tags := info.SecurityTags()
	policies := make([]*Policy, 0, len(tags))
	var checked []interfaces.Snippet
	for i, tag := range tags {
		snippets := spec.Snippets(tag)
		check := i == 0 || !slices.Equal(snippets, checked)
		policy, err := renderPolicy(info, tag, snippets, check)
		if err != nil {
			return nil, err
		}
		checked = snippets
		policies = append(policies, policy)
	}
	return policies, nil
}

// hasTag says whether tag names an app or a hook of the snap:
// "snap.INSTANCE.APP" or "snap.INSTANCE.hook.HOOK".
func hasTag(info *snap.Info, tag string) bool {
	rest, ok := strings.CutPrefix(tag, "snap.")
	if !ok {
		return false
	}
	name := info.SuggestedName
	if info.InstanceKey != "" {
		rest, ok = strings.CutPrefix(rest, name+"_"+info.InstanceKey+".")
	} else {
		rest, ok = strings.CutPrefix(rest, name+".")
	}
	if !ok {
		return false
	}
	if hook, ok := strings.CutPrefix(rest, "hook."); ok {
		if _, ok := info.Hooks[hook]; ok {
			return true
		}
	}
	_, ok = info.Apps[rest]
	return ok
}
