docker pull -q python:3.8
docker tag python:3.8 python-helloworld
docker push localhost:5000/python-helloworld
docker tag python-helloworld localhost:5000/python-helloworld
docker push localhost:5000/python-helloworld
echo $?
docker pull localhost:5000/python-helloworld
curl localhost:5000/v2/_catalog
docker run -d -p 5000:5000 --name registry registry:2
docker ps
curl localhost:5000/v2/_catalog
curl localhost:5000/
curl localhost:5000/v2/
docker push localhost:5000/python-helloworld
curl localhost:5000/v2/_catalog
curl localhost:5000/v2/python-helloworld/tags/list
curl localhost:5000/v2/python-helloworld/manifests/v9
curl localhost:5000/v2/nosuchrepo/tags/list
curl localhost:5000/v2/nosuchpath
docker tag python-helloworld localhost:5000/team/app:1.0
docker push localhost:5000/team/app:1.0
curl http://127.0.0.1:5000/v2/_catalog
curl localhost:5000/v2/team/app/tags/list
docker login localhost:5000 -u admin -p admin
docker rmi python:3.8 python-helloworld localhost:5000/python-helloworld localhost:5000/team/app:1.0
docker pull localhost:5000/python-helloworld
docker images
docker pull localhost:5000/nosuchrepo
docker pull localhost:5000/python-helloworld:v2
docker pull 127.0.0.1:5001/python-helloworld
docker tag localhost:5000/python-helloworld 0.0.0.0:5000/python-helloworld
docker push 0.0.0.0:5000/python-helloworld
docker run -d -p 5001:5000 -v regdata:/var/lib/registry --name registry-data registry:2
docker tag localhost:5000/python-helloworld localhost:5001/python-helloworld:v1
docker push localhost:5001/python-helloworld:v1
curl localhost:5001/v2/python-helloworld/tags/list
curl localhost:5001/v2/_catalog
docker logout localhost:5000
docker run -d -p 5002:5000 -e REGISTRY_HTTP_ADDR=127.0.0.1:5000 --name registry-loopback registry:2
curl localhost:5002/v2/
docker tag localhost:5000/python-helloworld localhost:5002/python-helloworld
docker push localhost:5002/python-helloworld
docker ps --format "{{.Names}}\t{{.Ports}}"
