// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"fmt"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// SlotEvaluation is one candidate slot for a plug: a slot of the
// plug's interface on another snap, and the decisions about it.
type SlotEvaluation struct {
	Slot interfaces.SlotRef
	// Auto is the auto-connection decision, the interface's own veto
	// included; when the slot's own installation is denied, it is that
	// installation decision (a slot that policy does not let its snap
	// carry never auto-connects).
	Auto Decision
	// Manual is the manual connection decision; only EvaluatePlug
	// sets it.
	Manual *Decision
	// Full is set when policy allows auto-connection but the slot
	// already has as many plugs as its plugs-per-slot allows.
	Full bool
}

// AutoConnectResult is what auto-connection does with one plug.
type AutoConnectResult struct {
	Plug      interfaces.PlugRef
	Interface string
	// Candidates are the slots of the plug's interface on other snaps,
	// sorted by snap and slot name.
	Candidates []SlotEvaluation
	// Connected are the slots the plug auto-connects to: every
	// candidate that policy allows, when they are no more than the
	// plug's slots-per-plug; none when they are more (Ambiguous).
	Connected []interfaces.SlotRef
	// Ambiguous is set when more candidates allow auto-connection than
	// the plug may connect to, so that none is chosen.
	Ambiguous bool
	// Installation is, when policy does not let the plug's snap carry
	// it, that installation decision: the plug then auto-connects to
	// nothing.
	Installation *Decision
	// Reason sums the outcome up in one line.
	Reason string
}

// AutoConnect connects, in repo, each plug of the snap to the slots that
// policy auto-connects it to, and reports what it did with each plug.
// Candidates are the slots of the plug's interface on other snaps; a
// candidate is taken when its auto-connection decision allows (the
// interface's own AutoConnect included), the plug's and the slot's own
// installation is allowed (a desktop plug with desktop-file-ids needs a
// snap declaration to be installed, and so to auto-connect; a snap that
// says it is of type snapd, but is not the system snap, cannot stand in
// for the system's slots) and the slot has room left under its
// plugs-per-slot. When more candidates are taken than the
// plug's slots-per-plug allows (one by default), the choice is
// ambiguous and the plug connects to none. Plugs that are already
// connected are left alone. snapDecls maps snap names to their snap
// declarations; base may be nil (no rules, so everything connects).
func AutoConnect(repo *interfaces.Repository, base *Declaration, snapDecls map[string]*Declaration, sys System, snapName string) (connected []interfaces.ConnRef, report []AutoConnectResult, err error) {
	if repo.Snap(snapName) == nil {
		return nil, nil, fmt.Errorf("cannot auto-connect snap %q: no such snap", snapName)
	}
	pc := &policyContext{repo: repo, base: base, snapDecls: snapDecls, sys: sys}
	for _, plug := range repo.Plugs(snapName) {
		ref := interfaces.PlugRef{Snap: snapName, Name: plug.Name}
		if n := len(repo.PlugConnections(ref)); n > 0 {
			report = append(report, AutoConnectResult{Plug: ref, Interface: plug.Interface,
				Reason: fmt.Sprintf("already connected to %d slot(s), left alone", n)})
			continue
		}
		res := pc.evaluatePlug(plug, false)
		for _, slotRef := range res.Connected {
			conn := interfaces.ConnRef{PlugRef: ref, SlotRef: slotRef}
			if _, err := repo.Connect(conn, nil, nil); err != nil {
				return connected, report, fmt.Errorf("cannot auto-connect %s: %w", conn, err)
			}
			connected = append(connected, conn)
		}
		report = append(report, res)
	}
	return connected, report, nil
}

// How a plug may be connected to a slot, from the most permissive: the
// values of AutoConnectResult.ConnectionTo.
const (
	// ConnectAuto: the plug auto-connects to the slot.
	ConnectAuto = "auto-connect"
	// ConnectManual: a user may connect it (snap connect).
	ConnectManual = "manual"
	// ConnectDeclaration: only a snap declaration from the store lets
	// the snap carry the plug or connect it.
	ConnectDeclaration = "needs-declaration"
)

// ConnectionTo says how the evaluated plug may be connected to slot (one
// of the Connect constants) and why, or false when slot is no candidate
// of the plug. The reason of a manual connection is why the plug does
// not auto-connect. Manual is set by EvaluatePlug only: without it a
// plug that does not auto-connect needs a declaration.
func (r *AutoConnectResult) ConnectionTo(slot interfaces.SlotRef) (how, reason string, ok bool) {
	var cand *SlotEvaluation
	for i := range r.Candidates {
		if r.Candidates[i].Slot == slot {
			cand = &r.Candidates[i]
		}
	}
	switch {
	case cand == nil:
		return "", "", false
	case r.Installation != nil:
		return ConnectDeclaration, r.Installation.String(), true
	case cand.Auto.Allowed:
		return ConnectAuto, cand.Auto.String(), true
	case cand.Manual != nil && cand.Manual.Allowed:
		return ConnectManual, cand.Auto.String(), true
	case cand.Manual != nil:
		return ConnectDeclaration, cand.Manual.String(), true
	default:
		return ConnectDeclaration, cand.Auto.String(), true
	}
}

// EvaluatePlug says what auto-connection would do with a plug of repo,
// without connecting anything, and also decides for each candidate slot
// whether a manual connection is allowed.
func EvaluatePlug(repo *interfaces.Repository, base *Declaration, snapDecls map[string]*Declaration, sys System, ref interfaces.PlugRef) (AutoConnectResult, error) {
	plug := repo.Plug(ref.Snap, ref.Name)
	if plug == nil {
		return AutoConnectResult{}, fmt.Errorf("cannot evaluate plug %s: no such plug", ref)
	}
	pc := &policyContext{repo: repo, base: base, snapDecls: snapDecls, sys: sys}
	return pc.evaluatePlug(plug, true), nil
}

// CheckManualConnection decides whether the plug and slot of ref, both
// in repo, may be connected manually. The error is only for a plug or
// slot that does not exist; the decision says whether policy allows.
func CheckManualConnection(repo *interfaces.Repository, base *Declaration, snapDecls map[string]*Declaration, sys System, ref interfaces.ConnRef) (Decision, error) {
	plug := repo.Plug(ref.PlugRef.Snap, ref.PlugRef.Name)
	if plug == nil {
		return Decision{}, fmt.Errorf("cannot check connection %s: no plug %q on snap %q", ref, ref.PlugRef.Name, ref.PlugRef.Snap)
	}
	slot := repo.Slot(ref.SlotRef.Snap, ref.SlotRef.Name)
	if slot == nil {
		return Decision{}, fmt.Errorf("cannot check connection %s: no slot %q on snap %q", ref, ref.SlotRef.Name, ref.SlotRef.Snap)
	}
	pc := &policyContext{repo: repo, base: base, snapDecls: snapDecls, sys: sys}
	cand := pc.candidate(plug, slot)
	return cand.Check(), nil
}

// policyContext is what the repository-level functions decide with.
type policyContext struct {
	repo      *interfaces.Repository
	base      *Declaration
	snapDecls map[string]*Declaration
	sys       System
	// inst is reused by installAllowed.
	inst InstallCandidate
}

func (pc *policyContext) candidate(plug *snap.PlugInfo, slot *snap.SlotInfo) *ConnectCandidate {
	return &ConnectCandidate{
		Plug:                plug,
		Slot:                slot,
		PlugSnapDeclaration: pc.snapDecls[plug.Snap.SuggestedName],
		SlotSnapDeclaration: pc.snapDecls[slot.Snap.SuggestedName],
		BaseDeclaration:     pc.base,
		System:              pc.sys,
		Interface:           pc.repo.Interface(plug.Interface),
	}
}

// installAllowed says whether a plug or slot of a snap of repo may be
// installed, through the context's own candidate: asked of every
// candidate slot, it allocates nothing.
func (pc *policyContext) installAllowed(info *snap.Info, side Side, name string) bool {
	pc.inst = InstallCandidate{Snap: info, SnapDeclaration: pc.snapDecls[info.SuggestedName], BaseDeclaration: pc.base, System: pc.sys}
	return pc.inst.installAllowed(side, name)
}

// installation returns the installation candidate of a snap of repo.
func (pc *policyContext) installation(info *snap.Info) *InstallCandidate {
	return &InstallCandidate{Snap: info, SnapDeclaration: pc.snapDecls[info.SuggestedName], BaseDeclaration: pc.base, System: pc.sys}
}

func (pc *policyContext) evaluatePlug(plug *snap.PlugInfo, withManual bool) AutoConnectResult {
	snapName := plug.Snap.InstanceName()
	res := AutoConnectResult{Plug: interfaces.PlugRef{Snap: snapName, Name: plug.Name}, Interface: plug.Interface}
	var allowed []interfaces.SlotRef
	slotsPerPlug := AnyNumber
	// A plug that policy does not let its snap carry auto-connects to
	// nothing: each candidate's auto-connection decision is then the
	// plug's installation decision.
	var plugInstall *Decision
	if !pc.installAllowed(plug.Snap, PlugSide, plug.Name) {
		d := pc.installation(plug.Snap).CheckPlug(plug.Name)
		plugInstall = &d
		res.Installation = plugInstall
	}
	for _, slot := range pc.repo.AllSlots(plug.Interface) {
		if slot.Snap.InstanceName() == snapName {
			// A snap's plugs do not auto-connect to its own slots.
			continue
		}
		cand := pc.candidate(plug, slot)
		ev := SlotEvaluation{Slot: interfaces.SlotRef{Snap: slot.Snap.InstanceName(), Name: slot.Name}}
		switch {
		case plugInstall != nil:
			ev.Auto = *plugInstall
		case pc.installAllowed(slot.Snap, SlotSide, slot.Name):
			ev.Auto = cand.CheckAutoConnect()
		default:
			ev.Auto = pc.installation(slot.Snap).CheckSlot(slot.Name)
		}
		if withManual {
			manual := cand.Check()
			ev.Manual = &manual
		}
		if ev.Auto.Allowed {
			if max := ev.Auto.PlugsPerSlot; max != AnyNumber && len(pc.repo.SlotConnections(ev.Slot)) >= int(max) {
				ev.Full = true
			} else {
				allowed = append(allowed, ev.Slot)
				if n := ev.Auto.SlotsPerPlug; n != AnyNumber && (slotsPerPlug == AnyNumber || n < slotsPerPlug) {
					slotsPerPlug = n
				}
			}
		}
		res.Candidates = append(res.Candidates, ev)
	}
	switch {
	case len(res.Candidates) == 0:
		res.Reason = fmt.Sprintf("no slot of interface %q on another snap", plug.Interface)
	case plugInstall != nil:
		// Installation says why; spelling it out here would cost every
		// such plug of every auto-connection a rendered explanation.
		res.Reason = "the plug's installation is not allowed, so it auto-connects to nothing"
	case len(allowed) == 0:
		res.Reason = "no candidate slot allows auto-connection"
	case slotsPerPlug != AnyNumber && len(allowed) > int(slotsPerPlug):
		res.Ambiguous = true
		res.Reason = fmt.Sprintf("ambiguous: %d slots allow auto-connection (%s) but slots-per-plug is %s, so none is chosen",
			len(allowed), joinSlotRefs(allowed), slotsPerPlug)
	default:
		res.Connected = allowed
		res.Reason = "auto-connects to " + joinSlotRefs(allowed)
	}
	return res
}

func joinSlotRefs(refs []interfaces.SlotRef) string {
	names := make([]string, len(refs))
	for i, ref := range refs {
		names[i] = ref.String()
	}
	return strings.Join(names, ", ")
}
