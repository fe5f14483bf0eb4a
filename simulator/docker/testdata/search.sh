docker search nginx
docker search redis --no-trunc
docker search --limit 2 nginx
docker search --filter is-official=true nginx
docker search -f stars=200 nginx
docker search -f is-official=false -f stars=100 redis
docker search --format "{{.Name}}: {{.StarCount}}" postgres
docker search --format json alpine
docker search --format "table {{.Name}}\t{{.IsOfficial}}" python
docker search nosuchthingatall
docker search --limit 101 nginx
docker search -f colour=red nginx
docker search -f stars=many nginx
docker search -f is-official=maybe nginx
docker search -f is-automated=true nginx
docker search -f nofilter nginx
docker search
