// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// SecurityBackend keeps the files of one security system (AppArmor
// profiles, seccomp filters) in line with the repository, on disk and
// in the kernel. The implementations live beside their system
// (interfaces/apparmor/backend, interfaces/seccomp/backend), so that
// this package knows none of them.
type SecurityBackend interface {
	// Name names the security system: "apparmor", "seccomp".
	Name() string
	// Setup renders the snap's confinement from the repository, and
	// writes, compiles and loads what changed since the files on disk
	// were written, removing the files of tags the snap no longer
	// has. On failure the snap's previous files stay in place, and
	// the error names the tag.
	Setup(ctx context.Context, repo *Repository, snapName string, opts SetupOptions) (*SetupResult, error)
	// Remove removes every file of the snap (and unloads what the
	// kernel holds of it).
	Remove(ctx context.Context, snapName string) (*SetupResult, error)
}

// SetupOptions is what a backend needs to know of a snap that the
// repository does not hold.
type SetupOptions struct {
	// Revision is the revision being set up ("42", "x1"), which
	// AppArmor profiles name. Empty means the revision of the snap's
	// last Setup by the same backend: a daemon gives it at install,
	// refresh and start-up, and need not when a connection changes.
	Revision string
}

// SetupResult says what a Setup or Remove did to one snap in one
// backend.
type SetupResult struct {
	// Backend is the backend's Name.
	Backend string
	// Snap is the snap's instance name.
	Snap string
	// Written are the files written (created or replaced), and Removed
	// the files removed, sorted.
	Written []string
	Removed []string
	// Compiled counts the compiles run: profiles given to
	// apparmor_parser, policies compiled by libseccomp. Policies with
	// the same rules are compiled once, by whichever Setup needs them
	// first.
	Compiled int
	// CompileTime is the time the compiles took: summed over the
	// libseccomp compiles, which run in parallel; the apparmor_parser
	// run that compiled the profiles.
	CompileTime time.Duration
	// Note says what was done beyond the files, for people: "loaded 3
	// profiles", "not loaded: no AppArmor in this kernel".
	Note string
}

// Changed says whether the result wrote or removed any file.
func (r *SetupResult) Changed() bool { return len(r.Written)+len(r.Removed) > 0 }

// SetupSnaps sets up snaps with every backend. Snaps are set up several
// at once (up to GOMAXPROCS), each by the backends one after the
// other, so that a system's worth of policies compiles in parallel. It
// returns the results of those that succeeded, by snap then backend,
// and the errors of the others joined, each naming its snap.
func SetupSnaps(ctx context.Context, repo *Repository, snapNames []string, opts SetupOptions, backends ...SecurityBackend) ([]*SetupResult, error) {
	type outcome struct {
		results []*SetupResult
		err     error
	}
	outcomes := make([]outcome, len(snapNames))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(snapNames)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				outcomes[i].results, outcomes[i].err = setupSnap(ctx, repo, snapNames[i], opts, backends)
			}
		}()
	}
	for i := range snapNames {
		work <- i
	}
	close(work)
	wg.Wait()
	var results []*SetupResult
	var errs []error
	for _, o := range outcomes {
		results = append(results, o.results...)
		if o.err != nil {
			errs = append(errs, o.err)
		}
	}
	return results, errors.Join(errs...)
}

// setupSnap sets up one snap with each backend in turn, stopping at the
// first that fails.
func setupSnap(ctx context.Context, repo *Repository, snapName string, opts SetupOptions, backends []SecurityBackend) ([]*SetupResult, error) {
	var results []*SetupResult
	for _, b := range backends {
		res, err := b.Setup(ctx, repo, snapName, opts)
		if err != nil {
			return results, err
		}
		results = append(results, res)
	}
	return results, nil
}

// RemoveSnap removes the snap's files from every backend, going on
// past a failure; the errors are joined.
func RemoveSnap(ctx context.Context, snapName string, backends ...SecurityBackend) ([]*SetupResult, error) {
	var results []*SetupResult
	var errs []error
	for _, b := range backends {
		res, err := b.Remove(ctx, snapName)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		results = append(results, res)
	}
	return results, errors.Join(errs...)
}

// SetupAffected sets up, with every backend, exactly the snaps whose
// confinement connecting or disconnecting ref changes
// (Repository.AffectedByConnection), with the revision of their last
// Setup.
func SetupAffected(ctx context.Context, repo *Repository, ref ConnRef, backends ...SecurityBackend) ([]*SetupResult, error) {
	return SetupSnaps(ctx, repo, repo.AffectedByConnection(ref), SetupOptions{}, backends...)
}

// ConnectAndSetup connects ref (see Repository.Connect) and sets up the
// snaps it affects. When a setup fails, the connection is taken back and
// the affected snaps set up again as they were, so that the repository
// and the files agree; the error is the setup's.
func ConnectAndSetup(ctx context.Context, repo *Repository, ref ConnRef, plugDynamicAttrs, slotDynamicAttrs map[string]interface{}, backends ...SecurityBackend) (*Connection, []*SetupResult, error) {
	conn, err := repo.Connect(ref, plugDynamicAttrs, slotDynamicAttrs)
	if err != nil {
		return nil, nil, err
	}
	results, err := SetupAffected(ctx, repo, ref, backends...)
	if err != nil {
		if undoErr := repo.Disconnect(ref); undoErr != nil {
			return nil, results, fmt.Errorf("%w (and %v)", err, undoErr)
		}
		if _, undoErr := SetupAffected(ctx, repo, ref, backends...); undoErr != nil {
			return nil, results, fmt.Errorf("%w (and cannot set up the snaps again without the connection: %v)", err, undoErr)
		}
		return nil, results, err
	}
	return conn, results, nil
}

// DisconnectAndSetup disconnects ref and sets up the snaps it affects.
// When a setup fails, the connection is made again (with the dynamic
// attributes it had) and the affected snaps set up again as they were;
// the error is the setup's.
func DisconnectAndSetup(ctx context.Context, repo *Repository, ref ConnRef, backends ...SecurityBackend) ([]*SetupResult, error) {
	conn, err := repo.Connection(ref)
	if err != nil {
		return nil, err
	}
	if err := repo.Disconnect(ref); err != nil {
		return nil, err
	}
	results, err := SetupAffected(ctx, repo, ref, backends...)
	if err != nil {
		if _, undoErr := repo.Connect(ref, conn.Plug.DynamicAttrs(), conn.Slot.DynamicAttrs()); undoErr != nil {
			return results, fmt.Errorf("%w (and %v)", err, undoErr)
		}
		if _, undoErr := SetupAffected(ctx, repo, ref, backends...); undoErr != nil {
			return results, fmt.Errorf("%w (and cannot set up the snaps again with the connection: %v)", err, undoErr)
		}
		return results, err
	}
	return results, nil
}
