// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package permdiff

import (
	"fmt"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

// Sample snaps a base declaration is decided on: an app that plugs
// every interface of the catalogue, and an app that slots every
// interface the system has no slot of.
const (
	consumerSnap = "consumer"
	providerSnap = "provider"
)

// Declarations compares two base declarations: for every interface of
// the catalogue, the installation of a plug and of a slot by an app
// snap, and the connection of the plug to the system's slot (or to the
// app's slot when the system has none). Plugs and slots that need
// attributes are left out.
func Declarations(old, new *policy.Declaration, opts Options) (*Report, error) {
	r := &Report{Kind: "base-declaration", Endpoints: []Endpoint{}, Decisions: []DecisionChange{}, Tags: []TagChange{}}
	oldDecided, err := decideCatalogue(old, opts)
	if err != nil {
		return nil, err
	}
	newDecided, err := decideCatalogue(new, opts)
	if err != nil {
		return nil, err
	}
	r.Decisions = decisionChanges(oldDecided, newDecided)
	for _, d := range r.Decisions {
		if permissiveness[d.New] < permissiveness[d.Old] {
			r.Review = true
		}
	}
	r.sum()
	return r, nil
}

// sampleSnap makes an app snap with one plug or slot of each
// interface named.
func sampleSnap(name, side string, ifaces []string) (*snap.Info, error) {
	endpoints := map[string]interface{}{}
	for _, iface := range ifaces {
		endpoints[iface] = map[string]interface{}{"interface": iface}
	}
	doc := map[string]interface{}{"name": name, "version": "1",
		"apps":     map[string]interface{}{"app": map[string]interface{}{"command": "bin/app"}},
		side + "s": endpoints}
	data, err := yaml.Marshal(doc)
	if err != nil {
		return nil, err
	}
	return snap.InfoFromSnapYaml(data)
}

// decideCatalogue decides every interface with one base declaration.
func decideCatalogue(base *policy.Declaration, opts Options) ([]decided, error) {
	repo := builtin.NewRepository()
	system := builtin.SystemSnap(opts.System)
	if _, err := repo.AddSnap(system); err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	var all, notOnSystem []string
	for _, iface := range builtin.Interfaces() {
		all = append(all, iface.Name())
		if system.Slots[iface.Name()] == nil {
			notOnSystem = append(notOnSystem, iface.Name())
		}
	}
	consumer, err := sampleSnap(consumerSnap, "plug", all)
	if err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	provider, err := sampleSnap(providerSnap, "slot", notOnSystem)
	if err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	for _, info := range []*snap.Info{consumer, provider} {
		if _, err := repo.AddSnap(info); err != nil {
			return nil, fmt.Errorf("internal error: %v", err)
		}
	}
	psys := policy.System{OnCore: opts.System == builtin.Core}
	var out []decided
	for _, iface := range all {
		if repo.Plug(consumerSnap, iface) == nil {
			continue // needs attributes
		}
		ic := &policy.InstallCandidate{Snap: consumer, BaseDeclaration: base, System: psys}
		out = append(out, installDecided("plug", consumer, iface, iface, ic.CheckPlug(iface)))
		slotRef := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: iface}
		if repo.Slot(providerSnap, iface) != nil {
			ic := &policy.InstallCandidate{Snap: provider, BaseDeclaration: base, System: psys}
			out = append(out, installDecided("slot", provider, iface, iface, ic.CheckSlot(iface)))
			slotRef = interfaces.SlotRef{Snap: providerSnap, Name: iface}
		} else if repo.Slot(builtin.SystemSnapName, iface) == nil {
			continue
		}
		plugRef := interfaces.PlugRef{Snap: consumerSnap, Name: iface}
		res, err := policy.EvaluatePlug(repo, base, nil, psys, plugRef)
		if err != nil {
			return nil, fmt.Errorf("internal error: %v", err)
		}
		d := decided{subject: fmt.Sprintf("connection of plug %s to slot %s", plugRef, slotRef), iface: iface}
		how, reason, ok := res.ConnectionTo(slotRef)
		if !ok {
			continue
		}
		d.decision, d.reason = how, reason
		out = append(out, d)
	}
	return out, nil
}
