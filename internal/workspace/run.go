package workspace

import (
	"runtime"
	"sync"
)

// window is how many results Run lets wait for the one before them. A
// slow file holds the output back, and this bounds what piles up behind
// it, so memory does not grow with the number of files.
const window = 64

// Run calls work for every item on every core and emit with each result,
// in the items' order, as soon as that result and every one before it
// are ready. When emit returns an error, Run stops starting work, waits
// for what was started and returns that error.
func Run[T, R any](items []T, work func(T) R, emit func(R) error) error {
	return RunOn(runtime.GOMAXPROCS(0), items, work, emit)
}

// RunOn is Run with a number of workers of the caller's choosing: more
// than the cores for work that mostly waits for the disk, such as
// writing files that must reach it (fsync).
func RunOn[T, R any](workers int, items []T, work func(T) R, emit func(R) error) error {
	workers = min(workers, len(items))
	if workers <= 1 {
		for _, it := range items {
			if err := emit(work(it)); err != nil {
				return err
			}
		}
		return nil
	}
	results := make([]chan R, len(items))
	for i := range results {
		results[i] = make(chan R, 1)
	}
	jobs := make(chan int)
	stop := make(chan struct{})
	slots := make(chan struct{}, window)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] <- work(items[i])
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range items {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for i := range items {
		r := <-results[i]
		results[i] = nil
		<-slots
		if err = emit(r); err != nil {
			break
		}
	}
	close(stop)
	wg.Wait()
	return err
}
