// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/snap"
)

// Policy is the seccomp policy text of one security tag, with the
// interface that added each line.
type Policy struct {
	Tag  string
	Text string
	// origins holds, for each line from the first, the interface whose
	// snippet it belongs to, or "" for the header and the base policy.
	origins []string
}

// InterfaceAt returns the interface whose snippet holds a line of the
// policy (counted from 1), or "" for the header and the base policy.
func (p *Policy) InterfaceAt(line int) string {
	if line < 1 || line > len(p.origins) {
		return ""
	}
	return p.origins[line-1]
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
	text    strings.Builder
	origins []string
}

// add appends text, which must end without a newline, as lines from
// origin.
func (w *policyWriter) add(origin, text string) {
	for _, line := range strings.Split(text, "\n") {
		w.text.WriteString(line)
		w.text.WriteByte('\n')
		w.origins = append(w.origins, origin)
	}
}

// RenderPolicy renders the seccomp policy of one app or hook of a snap,
// given by its security tag: the confinement's directive (@complain in
// devmode, @unrestricted for classic), the base policy, then the rules
// the snap's interfaces added to spec for the tag, each snippet under a
// comment naming its interface. It is pure: the same arguments give the
// same bytes. The text is parsed before it is returned, so a snippet
// with a syntax error is an error here, naming the interface.
func RenderPolicy(info *snap.Info, tag string, spec *Specification) (*Policy, error) {
	if !hasTag(info, tag) {
		return nil, fmt.Errorf("cannot render seccomp policy: snap %q has no app or hook with security tag %q", info.InstanceName(), tag)
	}
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

	var w policyWriter
	if directive != "" {
		w.add("", directive)
	}
	w.add("", "# seccomp policy of "+tag+".")
	w.add("", "\n"+strings.TrimSuffix(BasePolicy, "\n"))
	for _, snippet := range spec.Snippets(tag) {
		w.add("", "\n# From interface "+snippet.Interface+":")
		w.add(snippet.Interface, snippet.Text)
	}
	policy := &Policy{Tag: tag, Text: w.text.String(), origins: w.origins}
	if _, err := Parse(policy.Text); err != nil {
		return nil, fmt.Errorf("cannot render seccomp policy: %w", policy.Explain(err))
	}
	return policy, nil
}

// RenderSnapPolicies renders the seccomp policy of every app and hook of
// a snap, sorted by security tag.
func RenderSnapPolicies(info *snap.Info, spec *Specification) ([]*Policy, error) {
	tags := info.SecurityTags()
	policies := make([]*Policy, 0, len(tags))
	for _, tag := range tags {
		policy, err := RenderPolicy(info, tag, spec)
		if err != nil {
			return nil, err
		}
		policies = append(policies, policy)
	}
	return policies, nil
}

func hasTag(info *snap.Info, tag string) bool {
	tags := info.SecurityTags()
	i := sort.SearchStrings(tags, tag)
	return i < len(tags) && tags[i] == tag
}
