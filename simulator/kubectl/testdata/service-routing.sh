kubectl apply -f web.yaml
kubectl rollout status deployment/web
kubectl get svc
curl -s localhost:30080 | grep title
curl -sI localhost:8081 | head -2
curl localhost:30081
kubectl run client --image=busybox -- sleep 3600
sleep 10
kubectl exec client -- wget -qO- http://web | grep title
kubectl exec client -- wget -qO- web.default.svc.cluster.local | grep title
kubectl exec client -- wget -qO- http://empty
kubectl exec client -- wget -qO- http://nosuch
kubectl exec client -- sh -c 'echo $HOSTNAME; exit 3'
echo $?
kubectl exec client -- nosuchcmd
kubectl exec client ls
kubectl exec client
kubectl exec -c nope client -- ls
kubectl exec deploy/web -- cat /usr/share/nginx/html/index.html | grep title
kubectl port-forward svc/web 8080:80
curl -s localhost:8080 | grep title
kubectl port-forward pod/client 8080:80
kubectl port-forward svc/web 9090:81
kubectl port-forward web
kubectl port-forward pod/nosuch 9090:80
