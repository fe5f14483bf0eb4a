docker pull python:3.8
docker tag python:3.8 myuser/python-helloworld
docker push myuser/python-helloworld
echo $?
docker login -u myuser
echo $?
docker login -p secret
docker login -u myuser -p secret --password-stdin
echo secret | docker login --password-stdin
echo secret | docker login -u myuser --password-stdin
docker login
docker push myuser/python-helloworld
echo $?
docker push myuser/python-helloworld
docker tag python:3.8 myuser/python-helloworld:v1.0.0
docker push -q myuser/python-helloworld:v1.0.0
docker push --all-tags myuser/python-helloworld
docker push -a myuser/python-helloworld:v1.0.0
docker push myuser/python-helloworld:v2
docker push myuser/python-helloworld@sha256:0000000000000000000000000000000000000000000000000000000000000000
docker images --digests myuser/python-helloworld
docker tag python:3.8 python-helloworld
docker push python-helloworld
docker tag python:3.8 otheruser/python-helloworld
docker push otheruser/python-helloworld
docker push nosuchuser/nosuchimage
docker push Myuser/app
docker rmi python:3.8 python-helloworld otheruser/python-helloworld myuser/python-helloworld myuser/python-helloworld:v1.0.0
docker pull myuser/python-helloworld
docker pull myuser/python-helloworld:v1.0.0
docker pull myuser/python-helloworld:v3
docker images
docker login -u myuser -p secret
docker logout
docker push myuser/python-helloworld
docker logout
docker login registry.example.com -u myuser -p secret
docker login localhost:5000 -u myuser -p secret
docker login a b
docker push
docker push --help
docker login --help
docker logout --help
