docker pull alpine
docker image inspect alpine
docker inspect --format "{{.Id}}" alpine
docker inspect -f "{{json .Config.Cmd}}" alpine
docker image inspect --format "{{.Os}}/{{.Architecture}} {{.Size}} {{.RepoTags}}" alpine aded1e1a5b37
docker inspect --format json alpine
docker image inspect nosuch
echo $?
docker image inspect alpine nosuch
echo $?
docker image inspect Alpine
docker inspect nosuch
echo $?
docker inspect --type image nosuch
docker inspect --type container nosuch
docker inspect --type volume nosuch
docker inspect --type bogus alpine
echo $?
docker inspect -f "{{.Nope}}" alpine
echo $?
docker inspect -f "{{.Id" alpine
echo $?
docker inspect -f "{{.Id}}" nosuch
docker inspect -s -f "{{.Id}}" alpine
docker tag alpine myalpine:1.0
docker image inspect -f "{{.RepoTags}} {{.Metadata.LastTagTime}}" alpine
docker pull nginx
docker image inspect nginx
docker run -d --name sleeper alpine sleep 100
docker inspect sleeper
docker inspect -f "{{.State.Status}} {{.Name}} {{.NetworkSettings.IPAddress}} {{.Config.Image}}" sleeper
docker inspect -s -f "{{.SizeRw}} {{.SizeRootFs}}" sleeper
sleep 120
docker inspect -f "{{.State.Status}} {{.State.ExitCode}} {{.State.FinishedAt}} [{{.NetworkSettings.IPAddress}}]" sleeper
docker inspect --type container -f "{{.Id}}" sleeper alpine
