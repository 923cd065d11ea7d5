// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package explain

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/auditlog"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// variant is one way of connecting an interface: to the system's slot
// or a provider snap's, with attributes or without.
type variant struct {
	// provider is the label of the app serving the slot
	// ("snap.P.A"), or "" for the system's slot.
	provider     string
	providerType snap.Type
	plugAttrs    map[string]interface{}
	slotAttrs    map[string]interface{}
}

// key returns the variant as a cache key: attributes in JSON, whose
// maps encode with sorted keys.
func (v variant) key() string {
	plug, _ := json.Marshal(v.plugAttrs)
	slot, _ := json.Marshal(v.slotAttrs)
	return fmt.Sprintf("%s|%s|%s|%s", v.provider, v.providerType, plug, slot)
}

type sampleKey struct {
	subject subject
	iface   string
	variant string
}

// sample is a rendered sample app of the denied snap, with no plug or
// with one interface connected.
type sample struct {
	// iface is the interface connected, or "" for none.
	iface string
	// skip says why the variant could not be rendered (a plug or slot
	// its sanitizer refused, no slot to connect to).
	skip string
	// grant is the plug, slot, policy decision and command, without
	// rules.
	grant Grant

	info    *snap.Info
	tag     string
	profile *apparmor.Profile
	policy  *seccomp.Policy

	// parsed and rules are parsed when first asked for.
	parsed   *aare.Profile
	parseErr error
	rules    *seccomp.RuleSet
	rulesErr error
}

// sample returns the sample of a subject with iface (or nothing, when
// iface is nil) connected as v says, from the cache or rendered.
func (e *Explainer) sample(subj subject, iface interfaces.Interface, v variant) (*sample, error) {
	key := sampleKey{subject: subj, variant: v.key()}
	if iface != nil {
		key.iface = iface.Name()
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if s, ok := e.cache[key]; ok {
		e.stats.Reused++
		return s, nil
	}
	s, err := e.render(subj, iface, v)
	if err != nil {
		return nil, err
	}
	e.stats.Renders++
	e.cache[key] = s
	return s, nil
}

// splitInstance returns the snap name and instance key of an instance
// name.
func splitInstance(instance string) (name, key string) {
	name, key, _ = strings.Cut(instance, "_")
	return name, key
}

// readSample reads a sample snap's metadata, written as a map.
func readSample(doc map[string]interface{}, instanceKey string) (*snap.Info, error) {
	data, err := yaml.Marshal(doc)
	if err != nil {
		return nil, err
	}
	info, err := snap.InfoFromSnapYaml(data)
	if err != nil {
		return nil, err
	}
	if instanceKey != "" {
		if err := info.SetInstanceKey(instanceKey); err != nil {
			return nil, err
		}
	}
	return info, nil
}

// plugOf returns a snap's own plug of an interface, when the
// Explainer was given the snap and it has one; the first by name.
func (e *Explainer) plugOf(instance, iface string) *snap.PlugInfo {
	info := e.snaps[instance]
	if info == nil {
		return nil
	}
	var names []string
	for name, plug := range info.Plugs {
		if plug.Interface == iface {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	sort.Strings(names)
	return info.Plugs[names[0]]
}

// render renders a sample; the error is for what cannot happen with
// valid input, a variant that policy or a sanitizer refuses is a
// sample with skip set.
func (e *Explainer) render(subj subject, iface interfaces.Interface, v variant) (*sample, error) {
	name, key := splitInstance(subj.instance)
	doc := map[string]interface{}{"name": name, "version": "1"}
	if subj.hook != "" {
		doc["hooks"] = map[string]interface{}{subj.hook: map[string]interface{}{}}
	} else {
		doc["apps"] = map[string]interface{}{subj.app: map[string]interface{}{"command": "bin/app"}}
	}
	s := &sample{tag: subj.tag()}
	var plugName string
	if iface != nil {
		s.iface = iface.Name()
		plugName = iface.Name()
		attrs := v.plugAttrs
		if own := e.plugOf(subj.instance, iface.Name()); own != nil {
			plugName = own.Name
			s.grant.PlugDeclared = true
			if attrs == nil {
				attrs = own.Attrs
			}
		}
		plug := map[string]interface{}{}
		for k, val := range attrs {
			plug[k] = val
		}
		plug["interface"] = iface.Name()
		doc["plugs"] = map[string]interface{}{plugName: plug}
	}
	info, err := readSample(doc, key)
	if err != nil {
		return nil, fmt.Errorf("cannot make a sample of %s: %w", subj.tag(), err)
	}
	s.info = info
	repo := builtin.NewRepository()
	if _, err := repo.AddSnap(builtin.SystemSnap(e.opts.System)); err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	dropped, err := repo.AddSnap(info)
	if err != nil {
		return nil, fmt.Errorf("cannot make a sample of %s: %w", subj.tag(), err)
	}
	if len(dropped) > 0 {
		s.skip = dropped[0].String()
		return s, nil
	}
	if iface != nil {
		if err := e.connect(repo, s, subj, iface, plugName, v); err != nil {
			return nil, err
		}
		if s.skip != "" {
			return s, nil
		}
	}
	host := apparmor.Host{Revision: subj.revision}
	if subj.abi4 {
		host.Features = apparmor.FeaturesOf(apparmor.ABI40)
	}
	aa := &apparmor.Specification{}
	if err := repo.SnapSpecification(aa, subj.instance); err != nil {
		s.skip = err.Error()
		return s, nil
	}
	if s.profile, err = apparmor.RenderProfile(info, s.tag, aa, host); err != nil {
		s.skip = err.Error()
		return s, nil
	}
	sc := &seccomp.Specification{}
	if err := repo.SnapSpecification(sc, subj.instance); err != nil {
		s.skip = err.Error()
		return s, nil
	}
	if s.policy, err = seccomp.RenderPolicy(info, s.tag, sc); err != nil {
		s.skip = err.Error()
	}
	return s, nil
}

// connect adds the slot of v to repo (the system's, or a provider
// snap's), decides with policy what connecting the sample's plug to it
// takes, and connects them.
func (e *Explainer) connect(repo *interfaces.Repository, s *sample, subj subject, iface interfaces.Interface, plugName string, v variant) error {
	slotRef := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: iface.Name()}
	providerSnap := ""
	if v.provider != "" {
		tag, _ := auditlog.ParseTag(v.provider)
		pname, pkey := splitInstance(tag.Snap)
		ptype := v.providerType
		if ptype == "" {
			ptype = snap.TypeApp
		}
		slot := map[string]interface{}{}
		for k, val := range v.slotAttrs {
			slot[k] = val
		}
		slot["interface"] = iface.Name()
		doc := map[string]interface{}{"name": pname, "version": "1", "type": string(ptype),
			"apps":  map[string]interface{}{tag.App: map[string]interface{}{"command": "bin/service"}},
			"slots": map[string]interface{}{"slot": slot}}
		provider, err := readSample(doc, pkey)
		if err != nil {
			s.skip = fmt.Sprintf("cannot make a provider snap %q: %v", v.provider, err)
			return nil
		}
		dropped, err := repo.AddSnap(provider)
		if err != nil {
			s.skip = err.Error()
			return nil
		}
		if len(dropped) > 0 {
			s.skip = dropped[0].String()
			return nil
		}
		slotRef = interfaces.SlotRef{Snap: provider.InstanceName(), Name: "slot"}
		providerSnap = provider.InstanceName()
	} else if repo.Slot(builtin.SystemSnapName, iface.Name()) == nil {
		s.skip = fmt.Sprintf("the %s system has no %q slot", e.opts.System, iface.Name())
		return nil
	}
	plugRef := interfaces.PlugRef{Snap: subj.instance, Name: plugName}
	res, err := policy.EvaluatePlug(repo, e.base, e.opts.SnapDeclarations, policy.System{OnCore: e.opts.System == builtin.Core}, plugRef)
	if err != nil {
		return fmt.Errorf("internal error: %v", err)
	}
	g := &s.grant
	g.Interface, g.Plug, g.Slot, g.Provider = iface.Name(), plugName, slotRef.String(), v.provider
	g.PlugAttrs, g.SlotAttrs = v.plugAttrs, v.slotAttrs
	g.Command = "snap connect " + plugRef.String()
	if providerSnap != "" {
		if providerSnap == "provider" && v.provider == sampleProvider {
			g.Command += fmt.Sprintf(" <snap with a %s slot>", iface.Name())
		} else {
			g.Command += " " + providerSnap
		}
	}
	how, reason, ok := res.ConnectionTo(slotRef)
	if !ok {
		return fmt.Errorf("internal error: slot %s is no candidate of plug %s", slotRef, plugRef)
	}
	g.Decision, g.Reason = how, reason
	if _, err := repo.Connect(interfaces.ConnRef{PlugRef: plugRef, SlotRef: slotRef}, nil, nil); err != nil {
		s.skip = err.Error()
	}
	return nil
}

// sampleProvider is the provider of a slot no system has, when the
// denial names no snap peer.
const sampleProvider = "snap.provider.service"

// parsedProfile returns the sample's profile parsed by the matcher.
func (s *sample) parsedProfile(p *aare.Parser) (*aare.Profile, error) {
	if s.parsed == nil && s.parseErr == nil {
		pol, err := p.Parse(s.tag, s.profile.Text.AppendTo(nil))
		switch {
		case err != nil:
			s.parseErr = fmt.Errorf("cannot read the profile of %s: %w", s.tag, err)
		case pol.Profile(s.tag) == nil:
			s.parseErr = fmt.Errorf("internal error: the profile of %s has no profile %q", s.tag, s.tag)
		default:
			s.parsed = pol.Profile(s.tag)
		}
	}
	return s.parsed, s.parseErr
}

// ruleSet returns the sample's seccomp policy parsed.
func (s *sample) ruleSet() (*seccomp.RuleSet, error) {
	if s.rules == nil && s.rulesErr == nil {
		s.rules, s.rulesErr = seccomp.Parse(s.policy.Text.String())
		if s.rulesErr != nil {
			s.rulesErr = fmt.Errorf("cannot read the seccomp policy of %s: %w", s.tag, s.rulesErr)
		}
	}
	return s.rules, s.rulesErr
}

// decide says whether the sample allows what the record asks. Samples
// are shared: the Explainer's lock is held while they are read.
func (s *sample) decide(e *Explainer, rec *auditlog.Record) decision {
	e.mu.Lock()
	defer e.mu.Unlock()
	if rec.Syscall != nil {
		return s.decideSyscall(rec.Syscall.Name)
	}
	p, err := s.parsedProfile(&e.parser)
	if err != nil {
		return decision{err: err}
	}
	d := decision{allowed: true, decision: "allowed"}
	for _, a := range rec.Accesses {
		res := p.Check(a)
		if !res.Allowed() {
			return decision{decision: res.String()}
		}
		for _, r := range res.Rules {
			d.rules = append(d.rules, ruleRef{origin: s.profile.Origin(r.Line), text: ruleText(r)})
		}
	}
	return d
}

// ruleText writes a rule as the profile has it, with the abstraction
// it comes from.
func ruleText(r *aare.Rule) string {
	if r.Source.Line == r.Line {
		return r.Text + ","
	}
	file := strings.TrimPrefix(r.Source.File, aare.DefaultIncludeDir+"/")
	return fmt.Sprintf("%s, (%s:%d)", r.Text, file, r.Source.Line)
}

// decideSyscall says whether the sample's policy allows a syscall:
// the base sample when a rule allows it whatever its arguments (a rule
// with conditions may be what the call missed), a sample with an
// interface when the interface adds a rule that allows it.
func (s *sample) decideSyscall(name string) decision {
	rs, err := s.ruleSet()
	if err != nil {
		return decision{err: err}
	}
	var allow, conditional, deny []ruleRef
	for _, r := range rs.Rules {
		if r.Syscall != name {
			continue
		}
		ref := ruleRef{origin: s.policy.InterfaceAt(r.Line), text: r.String()}
		switch {
		case r.Deny:
			deny = append(deny, ref)
		case unconditional(r):
			allow = append(allow, ref)
		default:
			conditional = append(conditional, ref)
		}
	}
	d := decision{rules: append(allow, conditional...)}
	switch {
	case len(deny) > 0:
		d.decision = "denied by " + deny[0].text
	case s.iface == "" && len(allow) > 0:
		d.allowed, d.decision = true, "allowed by "+allow[0].text
	case s.iface == "" && len(conditional) > 0:
		d.decision = "allowed only under conditions: " + joinRules(conditional)
	case s.iface == "":
		d.decision = "no rule allows " + name
	default:
		for _, r := range d.rules {
			if r.origin == s.iface {
				d.allowed, d.decision = true, "allowed by "+r.text
				break
			}
		}
		if !d.allowed {
			d.decision = "the interface adds no rule for " + name
		}
	}
	return d
}

func unconditional(r seccomp.Rule) bool {
	for _, a := range r.Args {
		if a.Op != seccomp.OpAny {
			return false
		}
	}
	return true
}

func joinRules(rules []ruleRef) string {
	texts := make([]string, len(rules))
	for i, r := range rules {
		texts[i] = r.text
	}
	return strings.Join(texts, "; ")
}
